package org.anjuan.pdf;

/**
 * The paper of one scan: its local brightness per tile, its overall level and colour, and how much its
 * cells scatter around it (the noise the ink thresholds must stay above). Medians throughout, so the
 * writing on the page does not shift the paper's measure.
 */
final class Background {

    private final InkFinder.Region inner;
    private final int tile;
    private final int tilesX;
    private final float[] local;
    private final double level;
    private final double darkDeviation;
    private final double paperCb;
    private final double paperCr;
    private final double chromaDeviation;

    private Background(InkFinder.Region inner, int tile, int tilesX, float[] local, double level,
                       double darkDeviation, double paperCb, double paperCr, double chromaDeviation) {
        this.inner = inner;
        this.tile = tile;
        this.tilesX = tilesX;
        this.local = local;
        this.level = level;
        this.darkDeviation = darkDeviation;
        this.paperCb = paperCb;
        this.paperCr = paperCr;
        this.chromaDeviation = chromaDeviation;
    }

    static Background of(CellGrid g, InkFinder.Region inner, int tile) {
        int tilesX = (inner.width() + tile - 1) / tile;
        int tilesY = (inner.height() + tile - 1) / tile;
        float[] medians = new float[tilesX * tilesY];
        Histogram h = new Histogram(0, 256, 1);
        Histogram deviation = new Histogram(0, 64, 0.1);
        for (int ty = 0; ty < tilesY; ty++) {
            for (int tx = 0; tx < tilesX; tx++) {
                h.clear();
                int top = inner.top() + ty * tile;
                int left = inner.left() + tx * tile;
                int bottom = Math.min(top + tile, inner.bottom());
                int right = Math.min(left + tile, inner.right());
                for (int row = top; row < bottom; row++) {
                    for (int col = left; col < right; col++) {
                        h.add(g.y[g.index(col, row)]);
                    }
                }
                float median = (float) h.median();
                medians[ty * tilesX + tx] = median;
                for (int row = top; row < bottom; row++) {
                    for (int col = left; col < right; col++) {
                        deviation.add(Math.abs(g.y[g.index(col, row)] - median));
                    }
                }
            }
        }
        Histogram levels = new Histogram(0, 256, 0.25);
        for (float m : medians) {
            levels.add(m);
        }
        double[] chroma = chroma(g, inner);
        return new Background(inner, tile, tilesX, brightestAround(medians, tilesX, tilesY), levels.median(),
                deviation.median(), chroma[0], chroma[1], chroma[2]);
    }

    /** The brightest tile median among a tile and its eight neighbours: the paper, even under dense text. */
    private static float[] brightestAround(float[] medians, int tilesX, int tilesY) {
        float[] local = new float[medians.length];
        for (int ty = 0; ty < tilesY; ty++) {
            for (int tx = 0; tx < tilesX; tx++) {
                float max = 0;
                for (int y = Math.max(0, ty - 1); y <= Math.min(tilesY - 1, ty + 1); y++) {
                    for (int x = Math.max(0, tx - 1); x <= Math.min(tilesX - 1, tx + 1); x++) {
                        max = Math.max(max, medians[y * tilesX + x]);
                    }
                }
                local[ty * tilesX + tx] = max;
            }
        }
        return local;
    }

    /** Median Cb, median Cr and the median distance from them; zeros for a grey scan. */
    private static double[] chroma(CellGrid g, InkFinder.Region inner) {
        if (g.cb == null) {
            return new double[3];
        }
        Histogram cb = new Histogram(-128, 128, 0.25);
        Histogram cr = new Histogram(-128, 128, 0.25);
        forEach(g, inner, k -> {
            cb.add(g.cb[k]);
            cr.add(g.cr[k]);
        });
        double mb = cb.median();
        double mr = cr.median();
        Histogram distance = new Histogram(0, 64, 0.1);
        forEach(g, inner, k -> distance.add(distance(g.cb[k] - mb, g.cr[k] - mr)));
        return new double[] {mb, mr, distance.median()};
    }

    private static void forEach(CellGrid g, InkFinder.Region inner, java.util.function.IntConsumer cell) {
        for (int row = inner.top(); row < inner.bottom(); row++) {
            for (int col = inner.left(); col < inner.right(); col++) {
                cell.accept(g.index(col, row));
            }
        }
    }

    /** Not Math.hypot: that guards against overflow at a cost that shows over a quarter million cells. */
    private static double distance(double dx, double dy) {
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** The paper's brightness around a cell of the inner region. */
    double at(int col, int row) {
        return local[(row - inner.top()) / tile * tilesX + (col - inner.left()) / tile];
    }

    double chromaDistance(CellGrid g, int k) {
        return g.cb == null ? 0 : distance(g.cb[k] - paperCb, g.cr[k] - paperCr);
    }

    /** The page's typical paper brightness, 0–255. */
    double level() {
        return level;
    }

    /** Median absolute difference of a cell's brightness from its tile's median. */
    double darkDeviation() {
        return darkDeviation;
    }

    double chromaDeviation() {
        return chromaDeviation;
    }

    /** Counts values in fixed bins; the median is the middle of the bin that holds it. */
    private static final class Histogram {
        private final double min;
        private final double bin;
        private final int[] counts;
        private int total;

        Histogram(double min, double max, double bin) {
            this.min = min;
            this.bin = bin;
            this.counts = new int[(int) Math.ceil((max - min) / bin) + 1];
        }

        void add(double v) {
            int i = (int) ((v - min) / bin);
            counts[Math.max(0, Math.min(counts.length - 1, i))]++;
            total++;
        }

        void clear() {
            java.util.Arrays.fill(counts, 0);
            total = 0;
        }

        double median() {
            int half = (total + 1) / 2;
            int seen = 0;
            for (int i = 0; i < counts.length; i++) {
                seen += counts[i];
                if (seen >= half) {
                    return min + (i + 0.5) * bin;
                }
            }
            return min;
        }
    }
}
