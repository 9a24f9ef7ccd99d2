package org.anjuan.app;

/** How a PDF reaches the printer. */
public enum PrintRoute {

    /** The PDF file itself goes to the print system, which lays it out (CUPS on Linux, printers that read PDF). */
    PDF,

    /** The program draws every page and sends the drawing (Windows drivers and other printers that cannot read PDF). */
    DRAWN_PAGES
}
