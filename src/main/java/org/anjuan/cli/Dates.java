package org.anjuan.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Dates as a Chinese clerk writes them: 2023年12月11日. */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private Dates() {
    }

    static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    static String time(LocalDateTime t) {
        return t == null ? "" : TIME.format(t);
    }
}
