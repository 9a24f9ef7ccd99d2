package org.anjuan.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.anjuan.i18n.Messages;

/** Dates as the clerk reads them: 2023年5月4日 in Chinese; the pattern comes from the bundle. */
public final class DateText {

    private final DateTimeFormatter format;

    public DateText(Messages messages) {
        this.format = DateTimeFormatter.ofPattern(messages.text("main.date.pattern"), messages.locale());
    }

    /** The date, or an empty string when there is none. */
    public String format(LocalDate date) {
        return date == null ? "" : format.format(date);
    }
}
