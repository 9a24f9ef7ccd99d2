package org.anjuan.pdf;

/**
 * How a page number looks and where it sits, in the units a clerk measures with a ruler. The distances are
 * to the digits themselves; the white box reaches {@code paddingMm} beyond them.
 *
 * @param fontSize         size of the digits in points
 * @param edgeMm           from the top (or bottom) edge of the visual page to the digits
 * @param sideMm           from the right (or left, on backs of sheets) edge to the digits
 * @param paddingMm        white margin around the digits, so they stay legible on dark or busy scans
 * @param bindingMarginMm  the strip along the bound edge that nothing may enter (第五条: about 15 mm)
 */
public record NumberStamp(float fontSize, double edgeMm, double sideMm, double paddingMm, double bindingMarginMm) {

    public static final NumberStamp DEFAULT = new NumberStamp(14, 10, 12, 1.5, 15);

    public NumberStamp {
        if (!(fontSize >= 6 && fontSize <= 72)) {
            throw new IllegalArgumentException("font size must be 6–72 pt: " + fontSize);
        }
        if (!(paddingMm >= 0 && paddingMm <= 10)) {
            throw new IllegalArgumentException("padding must be 0–10 mm: " + paddingMm);
        }
        // the white box must stay on the page: it reaches paddingMm past the digits
        if (!(edgeMm >= paddingMm && sideMm >= paddingMm && edgeMm <= 100 && sideMm <= 100)) {
            throw new IllegalArgumentException("distances must be between the padding and 100 mm: "
                    + edgeMm + ", " + sideMm);
        }
        if (!(bindingMarginMm >= 0 && bindingMarginMm <= 50)) {
            throw new IllegalArgumentException("binding margin must be 0–50 mm: " + bindingMarginMm);
        }
    }
}
