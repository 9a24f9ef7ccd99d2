package org.anjuan.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The filing deadline of a closed case (第四条: materials go into the file within 30 days of the matter being
 * finished). The closing day itself is not counted, so a case closed on 20 November is due on 20 December and
 * late from 21 December. A deadline on a public holiday is not moved: the register has no holiday calendar.
 */
public record FilingDeadline(LocalDate closed) {

    /** Materials must be filed within 30 days of the case being closed (第四条). */
    public static final int DAYS = 30;

    public FilingDeadline {
        Objects.requireNonNull(closed, "closed");
    }

    /** The last day for filing. */
    public LocalDate date() {
        return closed.plusDays(DAYS);
    }

    /** True from the day after the deadline on. */
    public boolean passed(LocalDate today) {
        return today.isAfter(date());
    }

    /** Whole days since the deadline: 1 on the day after it; 0 until then. */
    public long daysOverdue(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(date(), today));
    }

    /** Whole days left until the deadline: 0 on the deadline itself and after it. */
    public long daysLeft(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(today, date()));
    }
}
