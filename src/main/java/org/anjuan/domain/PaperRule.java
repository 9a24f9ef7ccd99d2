package org.anjuan.domain;

/**
 * 第五条: case materials use A4 paper (210 × 297 mm). A page counts as A4 within ±3 mm on each side, in
 * either orientation: scanners and PDF writers round sizes (A4 is 595.28 × 841.89 pt, often written as
 * 595 × 842), and a hand-trimmed sheet is rarely exact. Other pages get the advice of 第五条.
 */
public final class PaperRule {

    public static final double A4_SHORT_MM = 210;
    public static final double A4_LONG_MM = 297;
    public static final double TOLERANCE_MM = 3;
    /** Keeps a page of exactly 213.0 mm A4 although points-to-millimetres arithmetic is inexact. */
    private static final double EPSILON = 1e-6;

    public boolean isA4(double widthMm, double heightMm) {
        return advice(widthMm, heightMm) == null;
    }

    /** Null for an A4 page. The sides are compared short with short and long with long. */
    public PaperAdvice advice(double widthMm, double heightMm) {
        double shortSide = Math.min(widthMm, heightMm);
        double longSide = Math.max(widthMm, heightMm);
        boolean tooBig = exceeds(shortSide, A4_SHORT_MM) || exceeds(longSide, A4_LONG_MM);
        boolean tooSmall = exceeds(A4_SHORT_MM, shortSide) || exceeds(A4_LONG_MM, longSide);
        if (tooBig && tooSmall) {
            return PaperAdvice.FOLD_AND_MOUNT;
        }
        if (tooBig) {
            return PaperAdvice.FOLD;
        }
        return tooSmall ? PaperAdvice.MOUNT : null;
    }

    private static boolean exceeds(double a, double b) {
        return a - b > TOLERANCE_MM + EPSILON;
    }
}
