package org.anjuan.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A page as a viewer shows it and a printer prints it: the CropBox (clipped to the MediaBox), turned by
 * /Rotate. Paper size and the page-number corner are judged on this visual page, never on the raw
 * MediaBox, because scanners often store landscape or upside-down sheets as rotated portrait pages.
 */
public final class PageGeometry {

    private static final double MM_PER_POINT = 25.4 / 72;

    private final PDRectangle box;
    private final int rotation;
    private final float userUnit;

    private PageGeometry(PDRectangle box, int rotation, float userUnit) {
        this.box = box;
        this.rotation = rotation;
        this.userUnit = userUnit;
    }

    public static PageGeometry of(PDPage page) {
        // PDFBox clips the CropBox to the MediaBox; a CropBox that misses the MediaBox entirely is
        // meaningless, and viewers then show the MediaBox
        PDRectangle crop = page.getCropBox();
        PDRectangle box = crop.getWidth() > 0 && crop.getHeight() > 0 ? crop : page.getMediaBox();
        // getRotation() already normalises -90 to 270 and 450 to 90, and treats a /Rotate that is not a
        // multiple of 90 (invalid per ISO 32000) as 0, as viewers do
        return new PageGeometry(box, page.getRotation(), page.getUserUnit());
    }

    /** The visible region in default user space (not rotated); stamping positions are computed in it. */
    public PDRectangle box() {
        return box;
    }

    /** 0, 90, 180 or 270: clockwise turn a viewer applies. */
    public int rotation() {
        return rotation;
    }

    public boolean isQuarterTurned() {
        return rotation == 90 || rotation == 270;
    }

    public double widthMm() {
        return toMm(isQuarterTurned() ? box.getHeight() : box.getWidth());
    }

    public double heightMm() {
        return toMm(isQuarterTurned() ? box.getWidth() : box.getHeight());
    }

    /** /UserUnit (PDF 1.6) lets large-format scanners write pages bigger than 200 inches; usually 1. */
    private double toMm(float points) {
        return points * userUnit * MM_PER_POINT;
    }
}
