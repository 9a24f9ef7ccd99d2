package org.anjuan.domain;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The time an original may take from the recorder to the dedicated storage: 24 hours (第十四条第二款; 全过程记录办法
 * 第二十二条). Some offices allow 2 working days (淄博, 隆阳), so the hours are a setting.
 */
public record AvDeadline(int hours) {

    public static final int DEFAULT_HOURS = 24;
    /** Beyond a month the "deadline" would no longer mean anything. */
    public static final int MAX_HOURS = 24 * 31;

    public AvDeadline {
        if (hours < 1 || hours > MAX_HOURS) {
            throw new AnjuanException("av.deadline.invalid", Integer.toString(hours), Integer.toString(MAX_HOURS));
        }
    }

    /** How long the original took to reach the storage; refused when it would have arrived before it was made. */
    public static Duration taken(LocalDateTime recordedAt, LocalDateTime storedAt) {
        if (storedAt.isBefore(recordedAt)) {
            throw new AnjuanException("av.storedBeforeRecorded", ChineseDate.time(storedAt),
                    ChineseDate.time(recordedAt));
        }
        return Duration.between(recordedAt, storedAt);
    }

    /** Late when more than the allowed hours passed between recording and storing; exactly on time is not late. */
    public boolean isLate(LocalDateTime recordedAt, LocalDateTime storedAt) {
        return taken(recordedAt, storedAt).compareTo(Duration.ofHours(hours)) > 0;
    }
}
