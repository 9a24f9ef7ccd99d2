package org.anjuan.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * When an archived file's retention period (保管期限) runs out. The period is counted in whole years from
 * 1 January of the year after its archive year, the year of its archive number, which is its closing year
 * (第八条: 归档时间以结案时间为准). A 10年 file of 2023 is kept through 2024–2033: its period ends (届满) on
 * 31 December 2033 and it is then due for appraisal (到期鉴定). A 永久 file never expires. The seeds and
 * standards.md do not say when a period starts; counting from the next 1 January is the usual practice.
 */
public record RetentionExpiry(int archiveYear, RetentionPeriod period) {

    public RetentionExpiry {
        Objects.requireNonNull(period, "period");
    }

    /** The first day counted: 1 January of the year after the archive year. */
    public LocalDate start() {
        return LocalDate.of(archiveYear + 1, 1, 1);
    }

    /** The last day of the period, or empty for 永久. */
    public Optional<LocalDate> expiry() {
        OptionalInt years = period.years();
        return years.isPresent() ? Optional.of(start().plusYears(years.getAsInt()).minusDays(1)) : Optional.empty();
    }

    public boolean permanent() {
        return period.years().isEmpty();
    }

    /** Due for appraisal on {@code day}: its period ends on or before it. Never for a 永久 file. */
    public boolean dueBy(LocalDate day) {
        return expiry().map(end -> !end.isAfter(day)).orElse(false);
    }

    /** Due for appraisal on {@code asOf} or within the {@code days} days after it. */
    public boolean dueWithin(LocalDate asOf, int days) {
        return dueBy(asOf.plusDays(checkDays(days)));
    }

    /** Refuses a look-ahead of fewer than 0 days. */
    public static int checkDays(int days) {
        if (days < 0) {
            throw new AnjuanException("deadlines.within.negative", Integer.toString(days));
        }
        return days;
    }
}
