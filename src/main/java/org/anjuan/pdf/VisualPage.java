package org.anjuan.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * A page as the viewer sees it: the CropBox (clipped to the MediaBox) turned clockwise by /Rotate.
 * Stamps are laid out in these visual coordinates (origin at the visual bottom left, x right, y up) and
 * {@link #toUser()} carries them into the page's own user space, so "top right" means top right on screen
 * and on paper, and the digits read upright, whatever the page's rotation or CropBox offset.
 *
 * @param width    visual width in points
 * @param height   visual height in points
 * @param rotation 0, 90, 180 or 270: how far the viewer turns the page clockwise
 * @param toUser   visual coordinates → the page's user space, for a {@code cm} operator
 */
record VisualPage(float width, float height, int rotation, Matrix toUser) {

    static VisualPage of(PDPage page) {
        PDRectangle crop = page.getCropBox(); // PDFBox clips it to the MediaBox and normalises the corners
        float x = crop.getLowerLeftX();
        float y = crop.getLowerLeftY();
        float w = crop.getWidth();
        float h = crop.getHeight();
        int rotation = Math.floorMod(page.getRotation(), 360);
        // Matrix(a, b, c, d, e, f): user x = a·vx + c·vy + e, user y = b·vx + d·vy + f
        return switch (rotation) {
            // turned a quarter clockwise: the visual x axis runs up the page, the visual origin is the
            // page's bottom-right corner
            case 90 -> new VisualPage(h, w, 90, new Matrix(0, 1, -1, 0, x + w, y));
            case 180 -> new VisualPage(w, h, 180, new Matrix(-1, 0, 0, -1, x + w, y + h));
            // three quarters clockwise: the visual x axis runs down the page from its top-left corner
            case 270 -> new VisualPage(h, w, 270, new Matrix(0, -1, 1, 0, x, y + h));
            // PDFBox reports 0 for a /Rotate that is not a multiple of 90, as viewers treat it
            default -> new VisualPage(w, h, 0, new Matrix(1, 0, 0, 1, x, y));
        };
    }
}
