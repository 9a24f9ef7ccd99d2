package org.anjuan.domain;

/**
 * One page of a scanned material as the clerk sees it: its visual size (after /Rotate and the CropBox),
 * whether it is A4 and what to do if not (第五条), and whether it has no writing, so it is not numbered.
 *
 * @param index    the page's position in its file, from 1
 * @param rotation the page's /Rotate, normalised to 0, 90, 180 or 270
 * @param advice   null for an A4 page
 */
public record ScannedPage(int index, double widthMm, double heightMm, int rotation, boolean a4,
                          PaperAdvice advice, boolean blank) {

    public ScannedPage {
        if (index < 1) {
            throw new IllegalArgumentException("page index from 1: " + index);
        }
        if (a4 != (advice == null)) {
            throw new IllegalArgumentException("an A4 page has no advice, any other page has one: " + advice);
        }
    }

    /** Builds the page from its visual size, applying the paper rule of 第五条. */
    public static ScannedPage of(int index, double widthMm, double heightMm, int rotation, boolean blank) {
        PaperAdvice advice = new PaperRule().advice(widthMm, heightMm);
        return new ScannedPage(index, widthMm, heightMm, rotation, advice == null, advice, blank);
    }
}
