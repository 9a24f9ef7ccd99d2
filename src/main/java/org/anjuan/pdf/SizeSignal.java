package org.anjuan.pdf;

import java.util.Arrays;

/**
 * The cheap first look: a JPEG's size per pixel. Writing is edges, and edges cost bits, so a page that
 * compresses much worse than the emptiest page of the same file is full of writing and need not be decoded.
 * The reference is that emptiest page (not a fixed figure: scanners differ in quality settings and noise
 * by a factor of ten), but never less than a quarter of the median page, so one freak all-white page
 * cannot make every other page look written. A page counts as clearly written above
 * {@value #WRITTEN_FACTOR} times the reference. The signal only ever says "written": a page it lets through
 * is decoded and judged on its pixels, so it cannot make a faint page blank, only spare decoding work.
 */
final class SizeSignal {

    static final double WRITTEN_FACTOR = 2.0;
    static final double MEDIAN_SHARE = 0.25;

    private final double limit;

    private SizeSignal(double limit) {
        this.limit = limit;
    }

    /** @param bitsPerPixel the sizes of comparable scans (one file, same number of colour components) */
    static SizeSignal of(double[] bitsPerPixel) {
        if (bitsPerPixel.length == 0) {
            return new SizeSignal(Double.POSITIVE_INFINITY);
        }
        double[] sorted = bitsPerPixel.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double reference = Math.max(sorted[0], MEDIAN_SHARE * median);
        return new SizeSignal(WRITTEN_FACTOR * reference);
    }

    boolean clearlyWritten(double bitsPerPixel) {
        return bitsPerPixel > limit;
    }

    /**
     * A guess, made while the pages are still being read, at which scans the signal will let through: one at
     * most half the median of the sizes seen so far (the limit is never below half the final median: twice a
     * quarter of it). Only for starting work early: a wrong guess costs one decoding too many or one started
     * later, never a different answer.
     */
    static final class Forecast {

        /** Too few sizes make no median worth the name. */
        static final int MIN_SEEN = 8;

        private final java.util.List<Double> seen = new java.util.ArrayList<>();

        /** Adds the size of the next scan of this kind and says whether it will likely be let through. */
        boolean likelyLetThrough(double bitsPerPixel) {
            int at = java.util.Collections.binarySearch(seen, bitsPerPixel);
            seen.add(at < 0 ? -at - 1 : at, bitsPerPixel);
            return seen.size() >= MIN_SEEN && bitsPerPixel <= MEDIAN_SHARE * WRITTEN_FACTOR * seen.get(seen.size() / 2);
        }
    }
}
