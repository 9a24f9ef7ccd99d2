package org.anjuan.app;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates on printed forms and in reports, as a Chinese clerk writes them: 2023年12月11日. */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private Dates() {
    }

    static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }
}
