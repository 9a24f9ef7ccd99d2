package org.anjuan.pdf;

/**
 * Decides whether a scan (as a {@link CellGrid}) carries writing: a mark darker or more colourful than the
 * paper around it that is bigger than a speck of dust and is not a punch hole or the scanner's edge.
 *
 * <ol>
 * <li>A band of {@value #EDGE_MM} mm along every edge is ignored: the scanner lid's shadow, the paper's
 *     own edge and a slightly skewed feed all sit there, and no document is written that close to it.</li>
 * <li>The paper's brightness is measured locally (the median of each {@value #TILE_MM} mm tile, then the
 *     brightest of the 3 × 3 tiles around), so uneven lighting and yellowed paper do not look like ink,
 *     while a tile full of text still takes its neighbours' paper as reference.</li>
 * <li>A cell is ink when it is darker than that paper by more than {@value #MIN_DARK} grey levels, or
 *     {@value #NOISE_FACTOR} times the page's own noise if that is larger; or when its colour differs
 *     from the paper's by more than {@value #MIN_CHROMA} (red seals, blue ink, highlighter).</li>
 * <li>Touching ink cells form a mark. A mark counts as writing when it is at least
 *     {@value #MIN_EXTENT_MM} mm long: dust and noise are smaller, a single written character is not.
 *     The one exception is a round blob of at most {@value #HOLE_MAX_MM} mm within
 *     {@value #HOLE_BAND_MM} mm of an edge: that is where punch holes sit (6 mm holes centred 12 mm from
 *     the binding edge, ISO 838; the binding side is the left of a front page and the right of a back
 *     page, and the top of a sheet scanned sideways, so all four edges are treated alike).</li>
 * <li>A page whose paper is darker than {@value #PAPER_MIN_Y} is not a blank sheet (a dark photocopy, a
 *     photograph, a failed scan): the clerk should look at it.</li>
 * </ol>
 * Every threshold errs towards "writing": a blank page taken for a written one costs one page number the
 * clerk can take back; a written page taken for blank would leave a document unnumbered.
 */
final class InkFinder {

    static final double EDGE_MM = 5;
    static final double TILE_MM = 10;
    static final double MIN_DARK = 8;
    static final double MIN_CHROMA = 10;
    static final double NOISE_FACTOR = 6;
    static final double MIN_EXTENT_MM = 2.5;
    static final double HOLE_MAX_MM = 10;
    static final double HOLE_BAND_MM = 25;
    static final double HOLE_MAX_ASPECT = 1.5;
    static final double PAPER_MIN_Y = 160;
    /** Turns a median absolute deviation into a standard deviation for normally distributed noise. */
    private static final double MAD_TO_SIGMA = 1.4826;

    record Verdict(boolean writing, String reason) {
    }

    Verdict find(CellGrid g) {
        int edge = (int) Math.ceil(EDGE_MM / g.cellMm);
        Region inner = new Region(edge, edge, g.cols - edge, g.rows - edge);
        if (inner.width() < 4 || inner.height() < 4) {
            return new Verdict(true, "too small to judge");
        }
        Background paper = Background.of(g, inner, Math.max(2, (int) Math.round(TILE_MM / g.cellMm)));
        if (paper.level() < PAPER_MIN_Y) {
            return new Verdict(true, String.format("dark paper (%.0f)", paper.level()));
        }
        boolean[] ink = ink(g, inner, paper);
        return Marks.find(g, ink, inner, this::isWriting)
                .map(m -> new Verdict(true, m.toString()))
                .orElse(new Verdict(false, "no mark larger than dust"));
    }

    private boolean[] ink(CellGrid g, Region inner, Background paper) {
        double dark = Math.max(MIN_DARK, NOISE_FACTOR * MAD_TO_SIGMA * paper.darkDeviation());
        double chroma = Math.max(MIN_CHROMA, NOISE_FACTOR * MAD_TO_SIGMA * paper.chromaDeviation());
        boolean[] ink = new boolean[g.y.length];
        for (int row = inner.top(); row < inner.bottom(); row++) {
            for (int col = inner.left(); col < inner.right(); col++) {
                int k = g.index(col, row);
                ink[k] = paper.at(col, row) - g.y[k] > dark || paper.chromaDistance(g, k) > chroma;
            }
        }
        return ink;
    }

    private boolean isWriting(Marks.Mark m, CellGrid g) {
        double w = m.widthCells() * g.cellMm;
        double h = m.heightCells() * g.cellMm;
        if (Math.max(w, h) < MIN_EXTENT_MM) {
            return false;
        }
        return !isPunchHole(m, g, w, h);
    }

    private static boolean isPunchHole(Marks.Mark m, CellGrid g, double w, double h) {
        if (w > HOLE_MAX_MM || h > HOLE_MAX_MM || Math.max(w, h) > HOLE_MAX_ASPECT * Math.min(w, h)) {
            return false;
        }
        double band = HOLE_BAND_MM / g.cellMm;
        return m.right() <= band || m.bottom() <= band || g.cols - m.left() <= band || g.rows - m.top() <= band;
    }

    /** A rectangle of cells, right and bottom exclusive. */
    record Region(int left, int top, int right, int bottom) {
        int width() {
            return right - left;
        }

        int height() {
            return bottom - top;
        }
    }
}
