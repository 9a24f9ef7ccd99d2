package org.anjuan.ui;

/**
 * The 提示 cell of a material row: a short text, the full explanation for its tooltip, and whether it is a
 * warning (a copy without 与原件核对无误 details, non-A4 pages, a scan that cannot be read) or just information.
 */
public record MaterialNotes(String text, String detail, boolean warning) {

    public static final MaterialNotes NONE = new MaterialNotes("", "", false);
}
