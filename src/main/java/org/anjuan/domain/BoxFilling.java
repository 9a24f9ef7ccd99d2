package org.anjuan.domain;

import java.util.Locale;

/**
 * How thick a bound volume stands in its box, from the office's settings: every sheet is {@code sheetMm} thick,
 * the covers, directory and back sheet add {@code coverMm}, and printed on both sides ({@code duplex}) two
 * numbered pages make one sheet. {@code marginMm} is the room left in a box so the volumes come out easily.
 * Thicknesses are counted in micrometres, so that "fits" is never decided by a rounding error.
 */
public record BoxFilling(double sheetMm, double coverMm, boolean duplex, double marginMm) {

    /** 70–80 g A4 paper: 二百页 make 10–20 mm (standards.md §7.7). */
    public static final double DEFAULT_SHEET_MM = 0.1;
    /** Two 250 g kraft covers (~0.35 mm each) with the 卷内目录 and 备考表 sheets (standards.md §1). */
    public static final double DEFAULT_COVER_MM = 1.0;
    public static final double DEFAULT_MARGIN_MM = 2.0;

    public BoxFilling {
        check("box.sheet.mm", sheetMm, 0.01, 1);
        check("box.cover.mm", coverMm, 0, 20);
        check("box.margin.mm", marginMm, 0, 20);
    }

    public static BoxFilling defaults() {
        return new BoxFilling(DEFAULT_SHEET_MM, DEFAULT_COVER_MM, false, DEFAULT_MARGIN_MM);
    }

    /** Sheets of paper in a volume of so many numbered pages. */
    public int sheets(int pages) {
        return duplex ? (pages + 1) / 2 : pages;
    }

    /** The volume's thickness in micrometres. */
    public long thicknessUm(int pages) {
        return sheets(pages) * um(sheetMm) + um(coverMm);
    }

    public long marginUm() {
        return um(marginMm);
    }

    /** Micrometres as millimetres with one decimal, as the clerk reads them (e.g. 21.3). */
    public static String mm(long um) {
        return String.format(Locale.ROOT, "%.1f", um / 1000.0);
    }

    /** A setting as the clerk typed it: 0.1, 1, 2.5. */
    public static String plain(double mm) {
        return java.math.BigDecimal.valueOf(mm).stripTrailingZeros().toPlainString();
    }

    private static long um(double mm) {
        return Math.round(mm * 1000);
    }

    private static void check(String key, double mm, double low, double high) {
        if (!(mm >= low && mm <= high)) {
            throw new AnjuanException("box.filling.invalid", key, plain(mm), plain(low), plain(high));
        }
    }
}
