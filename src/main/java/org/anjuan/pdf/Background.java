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
        Histogram deviation = new Histogram(0, 64, 0.125);
        for (int ty = 0; ty < tilesY; ty++) {
            for (int tx = 0; tx < tilesX; tx++) {
                h.clear();
                int top = inner.top() + ty * tile;
                int left = inner.left() + tx * tile;
                int bottom = Math.min(top + tile, inner.bottom());
                int right = Math.min(left + tile, inner.right());
                // each row's run of cells at once: this runs over a quarter million cells per page
                float[] y = g.y;
                for (int row = top; row < bottom; row++) {
                    int k = g.index(left, row);
                    h.addAll(y, k, k + right - left);
                }
                float median = (float) h.median();
                medians[ty * tilesX + tx] = median;
                for (int row = top; row < bottom; row++) {
                    int k = g.index(left, row);
                    deviation.addDistances(y, k, k + right - left, median);
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
        float[] b = g.cb;
        float[] r = g.cr;
        for (int row = inner.top(); row < inner.bottom(); row++) {
            int k = g.index(inner.left(), row);
            cb.addAll(b, k, k + inner.width());
            cr.addAll(r, k, k + inner.width());
        }
        double mb = cb.median();
        double mr = cr.median();
        Histogram distance = new Histogram(0, 64, 0.125);
        for (int row = inner.top(); row < inner.bottom(); row++) {
            int k = g.index(inner.left(), row);
            distance.addDistances(b, r, k, k + inner.width(), mb, mr);
        }
        return new double[] {mb, mr, distance.median()};
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

    /**
     * Counts values in fixed bins; the median is the middle of the bin that holds it. Bins are powers of two
     * (1, 1/4, 1/8 grey level), so a value's bin is a multiplication, exactly the division it stands for: over a
     * quarter million cells a page, several times, the division was a fifth of the whole check.
     */
    private static final class Histogram {
        private final double min;
        private final double bin;
        private final double perBin;
        private final int[] counts;
        private int total;

        Histogram(double min, double max, double bin) {
            if ((Double.doubleToRawLongBits(bin) & 0x000F_FFFF_FFFF_FFFFL) != 0) {
                throw new IllegalArgumentException("bin " + bin + " is not a power of two");
            }
            this.min = min;
            this.bin = bin;
            this.perBin = 1 / bin;
            this.counts = new int[(int) Math.ceil((max - min) / bin) + 1];
        }

        void add(double v) {
            int i = (int) ((v - min) * perBin);
            counts[Math.max(0, Math.min(counts.length - 1, i))]++;
            total++;
        }

        /*
         * The same as add(v) for each value, in loops of their own with the fields in locals: the quick compiler
         * does not inline add() into its callers' loops, and these run over a quarter million cells a page.
         */

        /** add(values[k]) for k in [from, to). */
        void addAll(float[] values, int from, int to) {
            int[] c = counts;
            int last = c.length - 1;
            double low = min;
            double scale = perBin;
            for (int k = from; k < to; k++) {
                int i = (int) ((values[k] - low) * scale);
                c[i < 0 ? 0 : i > last ? last : i]++;
            }
            total += Math.max(0, to - from);
        }

        /** add(|values[k] - centre|) for k in [from, to). */
        void addDistances(float[] values, int from, int to, float centre) {
            int[] c = counts;
            int last = c.length - 1;
            double low = min;
            double scale = perBin;
            for (int k = from; k < to; k++) {
                int i = (int) ((Math.abs(values[k] - centre) - low) * scale);
                c[i < 0 ? 0 : i > last ? last : i]++;
            }
            total += Math.max(0, to - from);
        }

        /** add(distance(b[k] - mb, r[k] - mr)) for k in [from, to). */
        void addDistances(float[] b, float[] r, int from, int to, double mb, double mr) {
            int[] c = counts;
            int last = c.length - 1;
            double low = min;
            double scale = perBin;
            for (int k = from; k < to; k++) {
                int i = (int) ((distance(b[k] - mb, r[k] - mr) - low) * scale);
                c[i < 0 ? 0 : i > last ? last : i]++;
            }
            total += Math.max(0, to - from);
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
