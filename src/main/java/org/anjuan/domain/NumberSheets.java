package org.anjuan.domain;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A run of number-only sheets (页号单, SPEC §3): A4 pages that carry nothing but a page number, where the stamp
 * puts it on a front, for a clerk to feed paper originals through a printer. The offsets calibrate one
 * printer's feed: a clerk prints one sheet, measures how far the number landed from where it should, and
 * passes the difference.
 *
 * @param from       the first number, 1 or more
 * @param to         the last number, not below {@code from}
 * @param position   top-right (第五条) or bottom-right; sheets are fronts, so the right-hand corner
 * @param offsetXmm  moves every number right (negative: left), in millimetres
 * @param offsetYmm  moves every number down (negative: up), as a clerk measures on the printed sheet
 */
public record NumberSheets(int from, int to, NumberPosition position, double offsetXmm, double offsetYmm) {

    /** A volume holds about 200 pages; ten times that is a typing mistake, not a print job. */
    public static final int MAX_PAGES = 2000;

    public NumberSheets {
        if (from < 1) {
            throw new AnjuanException("sheets.from.invalid", Integer.toString(from));
        }
        if (to < from) {
            throw new AnjuanException("sheets.range.invalid", Integer.toString(from), Integer.toString(to));
        }
        if ((long) to - from + 1 > MAX_PAGES) {
            throw new AnjuanException("sheets.tooMany", Long.toString((long) to - from + 1),
                    Integer.toString(MAX_PAGES));
        }
        if (!Double.isFinite(offsetXmm) || !Double.isFinite(offsetYmm)) {
            throw new AnjuanException("sheets.offset.invalid", Double.toString(offsetXmm),
                    Double.toString(offsetYmm));
        }
        if (position == null) {
            throw new IllegalArgumentException("a number position is required");
        }
    }

    /** The numbers in print order, one sheet each. */
    public List<Integer> numbers() {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }
}
