package org.anjuan.casefolder;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Dates and counts of case.yaml. The YAML 1.2 core schema leaves dates as text, so they are parsed here,
 * strictly: 2023-02-30 is refused rather than quietly becoming 2023-02-28.
 */
final class Values {

    private Values() {
    }

    static LocalDate date(Section section, String key, boolean required) {
        String text = section.text(key, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            section.problems.add(section.where(key), "casefolder.date.invalid", text);
            return null;
        }
    }

    /** ISO date-time (2023-03-09T10:30) or a date alone; a space instead of the T is forgiven. */
    static LocalDateTime dateTime(Section section, String key) {
        String text = section.text(key, false);
        if (text == null) {
            return null;
        }
        try {
            return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay()
                    : LocalDateTime.parse(text.replaceFirst(" ", "T"));
        } catch (DateTimeParseException e) {
            section.problems.add(section.where(key), "casefolder.dateTime.invalid", text);
            return null;
        }
    }

    /** A page count of at least 1, or null (absent or wrong, the latter recorded). */
    static Integer pages(Section section, String key) {
        Object value = section.raw(key);
        if (value == null) {
            return null;
        }
        boolean whole = value instanceof Integer || value instanceof Long || value instanceof BigInteger;
        if (whole && ((Number) value).longValue() >= 1 && ((Number) value).longValue() <= Integer.MAX_VALUE) {
            return ((Number) value).intValue();
        }
        section.problems.add(section.where(key), "casefolder.pages.notPositive", show(value));
        return null;
    }

    /** A value as the clerk wrote it, for messages; lists and mappings are only named. */
    static String show(Object value) {
        if (value instanceof Map<?, ?>) {
            return "{…}";
        }
        if (value instanceof List<?>) {
            return "[…]";
        }
        return String.valueOf(value);
    }
}
