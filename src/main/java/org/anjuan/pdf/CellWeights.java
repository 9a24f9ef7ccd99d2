package org.anjuan.pdf;

/**
 * Along one axis of one JPEG component: for each 8×8 block, which cells its samples reach and, for each
 * of the 8 frequencies, how much a coefficient of 1 adds to the sum of a cell's pixels there. The inverse
 * DCT and the upsampling of subsampled chroma are both linear, so a cell's pixel sum is exactly the sum,
 * over the blocks that reach it, of their dequantised coefficients times these weights, one axis times the
 * other; no pixel is ever made. Where a block must be turned into samples (to clamp them as a decoder
 * does), {@link #share} spreads the samples instead.
 *
 * <p>Upsampling follows libjpeg, whose pixels the ImageIO path averages: a chroma sample that covers two
 * pixels ({@code ratio} 2) is spread with the triangle filter (3/4 to the nearer pixel pair, 1/4 to the next,
 * the edge sample repeated) when {@code triangle}, else it is copied to the pixels it covers.
 */
final class CellWeights {

    /** basis[i * 8 + u]: the inverse DCT's factor for sample i of a block and frequency u, with C(u)/2. */
    static final double[] BASIS = basis();

    /** The segments of block j are first[j] to first[j + 1] - 1. */
    final int[] first;
    /** A segment's cell, counted along this axis. */
    final int[] cell;
    /** A segment's 8 weights, one per frequency. */
    final float[] weight;
    /** A segment's 8 shares, one per sample of the block: how much of each sample its pixels take. */
    final float[] share;

    private CellWeights(int[] first, int[] cell, float[] weight, float[] share) {
        this.first = first;
        this.cell = cell;
        this.weight = weight;
        this.share = share;
    }

    /** The weights of the axes met lately: the pages of one scan all share theirs. */
    private static final java.util.Map<Axis, CellWeights> MET = new java.util.concurrent.ConcurrentHashMap<>();
    /** Beyond this many axes the cache starts again: a few scanners' page sizes and resolutions, not more. */
    private static final int MAX_MET = 64;

    private record Axis(int pixels, int ratio, boolean triangle, int cellPx, int blocks) {
    }

    /**
     * As {@link #of}, made once for every page that shares the axis: the arrays are only read afterwards.
     * Worth it because the pages of a scan are alike and {@link #of} visits every pixel of the axis twice.
     */
    static CellWeights shared(int pixels, int ratio, boolean triangle, int cellPx, int blocks) {
        Axis axis = new Axis(pixels, ratio, triangle, cellPx, blocks);
        CellWeights known = MET.get(axis);
        if (known != null) {
            return known;
        }
        if (MET.size() >= MAX_MET) {
            MET.clear();
        }
        CellWeights made = of(pixels, ratio, triangle, cellPx, blocks);
        MET.put(axis, made);
        return made;
    }

    /**
     * @param pixels   the image's size along this axis
     * @param ratio    pixels per sample of this component (1 for full resolution, 2 for halved chroma...)
     * @param triangle spread each sample with libjpeg's triangle filter (only for ratio 2)
     * @param cellPx   the cell's side in pixels
     * @param blocks   how many blocks the scan holds along this axis, padding included
     */
    static CellWeights of(int pixels, int ratio, boolean triangle, int cellPx, int blocks) {
        int samples = (pixels + ratio - 1) / ratio;
        // first pass: the range of cells each block reaches
        int[] lo = new int[blocks];
        int[] hi = new int[blocks];
        java.util.Arrays.fill(lo, Integer.MAX_VALUE);
        java.util.Arrays.fill(hi, -1);
        int[] taps = new int[2];
        double[] shares = new double[2];
        for (int x = 0; x < pixels; x++) {
            int n = taps(x, ratio, triangle, samples, taps, shares);
            for (int t = 0; t < n; t++) {
                int j = taps[t] / 8;
                lo[j] = Math.min(lo[j], x / cellPx);
                hi[j] = Math.max(hi[j], x / cellPx);
            }
        }
        int[] first = new int[blocks + 1];
        for (int j = 0; j < blocks; j++) {
            first[j + 1] = first[j] + Math.max(0, hi[j] - lo[j] + 1);
        }
        int segments = first[blocks];
        int[] cell = new int[segments];
        double[] shareSums = new double[segments * 8];
        for (int j = 0; j < blocks; j++) {
            for (int s = first[j]; s < first[j + 1]; s++) {
                cell[s] = lo[j] + s - first[j];
            }
        }
        // second pass: add each pixel's share of each sample to its cell
        for (int x = 0; x < pixels; x++) {
            int n = taps(x, ratio, triangle, samples, taps, shares);
            for (int t = 0; t < n; t++) {
                int j = taps[t] / 8;
                shareSums[(first[j] + x / cellPx - lo[j]) * 8 + taps[t] % 8] += shares[t];
            }
        }
        // and through the inverse DCT to each frequency
        float[] weight = new float[segments * 8];
        float[] share = new float[segments * 8];
        for (int s = 0; s < segments; s++) {
            for (int u = 0; u < 8; u++) {
                double w = 0;
                for (int i = 0; i < 8; i++) {
                    w += shareSums[s * 8 + i] * BASIS[i * 8 + u];
                }
                weight[s * 8 + u] = (float) w;
                share[s * 8 + u] = (float) shareSums[s * 8 + u];
            }
        }
        return new CellWeights(first, cell, weight, share);
    }

    /** The samples pixel x is made from and their shares; returns how many (1 or 2). */
    private static int taps(int x, int ratio, boolean triangle, int samples, int[] taps, double[] shares) {
        int s = x / ratio;
        if (!triangle || ratio != 2) {
            taps[0] = s;
            shares[0] = 1;
            return 1;
        }
        int other = Math.max(0, Math.min(samples - 1, x % 2 == 0 ? s - 1 : s + 1));
        taps[0] = s;
        shares[0] = 0.75;
        taps[1] = other;
        shares[1] = 0.25;
        return 2;
    }

    private static double[] basis() {
        double[] b = new double[64];
        for (int i = 0; i < 8; i++) {
            for (int u = 0; u < 8; u++) {
                double c = u == 0 ? Math.sqrt(0.5) : 1;
                b[i * 8 + u] = c / 2 * Math.cos((2 * i + 1) * u * Math.PI / 16);
            }
        }
        return b;
    }
}
