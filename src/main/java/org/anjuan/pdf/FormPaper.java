package org.anjuan.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The A4 portrait sheet of the printed forms and its type area: margins 20/15/25/15 mm top/bottom/left/right
 * (GB/T 9705 卷内目录, standards.md §1.5), the wide one on the left being the binding side. Points, origin bottom left.
 */
final class FormPaper {

    static final float MM = 72f / 25.4f;
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 25 * MM;
    static final float RIGHT = WIDTH - 15 * MM;
    static final float TOP = HEIGHT - 20 * MM;
    static final float BOTTOM = 15 * MM;

    static final float HEADING_SIZE = 24;
    static final float TABLE_SIZE = 10.5f;
    static final float RULE = 0.5f;
    static final float FRAME = 1f;

    private FormPaper() {
    }

    static PDRectangle sheet() {
        return new PDRectangle(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
    }
}
