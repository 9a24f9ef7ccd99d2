package org.anjuan.ui;

/** A small label on a page thumbnail: its text, its CSS style class and the explanation shown as a tooltip. */
public record PageBadge(String text, String styleClass, String tip) {

    /** Detected blank by the inspection, not marked by the clerk. */
    public static final String DETECTED = "badge-detected";
    /** The clerk's own mark. */
    public static final String MARKED = "badge-marked";
    /** A page that is not A4 (第五条). */
    public static final String WARNING = "badge-warning";
}
