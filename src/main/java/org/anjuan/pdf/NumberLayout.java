package org.anjuan.pdf;

import java.awt.geom.Rectangle2D;
import org.anjuan.domain.Corner;

/**
 * Where a number's digits and white box go on a visual page. The digits are placed by their ink, not by
 * the font's line height, so the distances a clerk measures from the paper's edges are the distances set
 * in {@link NumberStamp}.
 *
 * @param textX  baseline origin of the digits, visual points
 * @param textY  baseline origin of the digits, visual points
 * @param box    the white box: the digits' ink plus the padding, visual points
 */
record NumberLayout(float textX, float textY, Rectangle2D box) {

    static NumberLayout of(GlyphInk glyphs, String text, Corner corner, NumberStamp style, float pageWidth,
                           float pageHeight, float shiftX, float shiftY) {
        Rectangle2D ink = glyphs.of(text, style.fontSize());
        float side = Millimetres.toPoints(style.sideMm());
        float edge = Millimetres.toPoints(style.edgeMm());
        boolean right = corner == Corner.TOP_RIGHT || corner == Corner.BOTTOM_RIGHT;
        boolean top = corner == Corner.TOP_RIGHT || corner == Corner.TOP_LEFT;
        float x = (float) (right ? pageWidth - side - ink.getMaxX() : side - ink.getMinX()) + shiftX;
        float y = (float) (top ? pageHeight - edge - ink.getMaxY() : edge - ink.getMinY()) + shiftY;
        float pad = Millimetres.toPoints(style.paddingMm());
        Rectangle2D box = new Rectangle2D.Double(x + ink.getMinX() - pad, y + ink.getMinY() - pad,
                ink.getWidth() + 2 * pad, ink.getHeight() + 2 * pad);
        return new NumberLayout(x, y, box);
    }

    /**
     * True when the box is on the page and out of the binding margin. Fronts carry their number on the right
     * and are bound on the left; backs of sheets carry it on the left and are bound on the right.
     */
    boolean fits(Corner corner, NumberStamp style, float pageWidth, float pageHeight) {
        float margin = Millimetres.toPoints(style.bindingMarginMm());
        boolean front = corner == Corner.TOP_RIGHT || corner == Corner.BOTTOM_RIGHT;
        float boundFrom = front ? margin : 0;
        float boundTo = front ? pageWidth : pageWidth - margin;
        return box.getMinX() >= boundFrom && box.getMaxX() <= boundTo
                && box.getMinY() >= 0 && box.getMaxY() <= pageHeight;
    }
}
