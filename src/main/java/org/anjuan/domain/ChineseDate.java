package org.anjuan.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Dates as Chinese archive forms and registers write them: 2023年12月11日 (no leading zeros). */
public final class ChineseDate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private ChineseDate() {
    }

    /** The date, or an empty string when there is none. */
    public static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    /** From one day to another (2023年3月1日至2023年11月20日), or the day alone when they are the same. */
    public static String span(LocalDate from, LocalDate to) {
        return from.equals(to) ? day(from) : day(from) + "至" + day(to);
    }

    public static String time(LocalDateTime t) {
        return t == null ? "" : TIME.format(t);
    }
}
