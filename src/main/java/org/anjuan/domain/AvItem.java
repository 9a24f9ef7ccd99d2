package org.anjuan.domain;

import java.time.Duration;
import java.util.List;

/**
 * A registered record with what the rules say about it: how long it took to reach the storage against the
 * deadline (逾期存储), and why, if at all, it must be kept long-term (长期保存).
 */
public record AvItem(AvRecord record, AvDeadline deadline, List<AvLongTermReason> longTerm) {

    public AvItem {
        longTerm = List.copyOf(longTerm);
    }

    public Duration taken() {
        return AvDeadline.taken(record.recordedAt(), record.storedAt());
    }

    public boolean late() {
        return deadline.isLate(record.recordedAt(), record.storedAt());
    }

    public boolean keepLongTerm() {
        return !longTerm.isEmpty();
    }
}
