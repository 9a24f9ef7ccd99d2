package org.anjuan.pdf;

import java.util.Arrays;

/**
 * Adds one 8×8 block's dequantised DCT coefficients to the half-millimetre cells it reaches, for
 * {@link JpegCells}: each cell gets the sum of its pixels' values (without the level shift of 128), a linear
 * function of the coefficients with the weights of {@link CellWeights}. A block whose samples may leave 0–255,
 * which the decoder clamps, is made into samples and clamped first. One instance per decoding thread: it keeps
 * its scratch rows.
 */
final class BlockSpread {

    /** The inverse DCT's factors as floats: BASIS[i * 8 + u] for sample i and frequency u. */
    private static final float[] BASIS = floats(CellWeights.BASIS);
    /** The most a coefficient of 1 adds to any pixel, per natural position: C(u) C(v) / 4. */
    private static final float[] AMPLITUDE = amplitude();

    private final float[] rowSums = new float[8];
    private final float[] samples = new float[64];
    /** The block being added: its coefficients in natural order, where the non-zero ones are, the target. */
    private float[] coef;
    private int[] nonZero;
    private CellWeights wx;
    private CellWeights wy;
    private float[] plane;
    private int cols;

    /**
     * Adds block ({@code bx}, {@code by}) of a component, whose {@code n} non-zero coefficients are at the
     * natural positions {@code nonZero[0..n)} of {@code coef}, none in a column above {@code maxU}, to
     * {@code plane}, a grid of {@code cols} cells a row, with the component's weights along x and y.
     */
    void add(float[] coef, int[] nonZero, int n, int maxU, CellWeights wx, CellWeights wy, float[] plane, int cols,
             int bx, int by) {
        this.coef = coef;
        this.nonZero = nonZero;
        this.wx = wx;
        this.wy = wy;
        this.plane = plane;
        this.cols = cols;
        if (mayClip(n)) {
            addSamples(n, bx, by, maxU);
        } else {
            addToCells(bx, by, n, maxU);
        }
    }

    /**
     * Whether some sample of the block may lie outside 0–255, where the decoder's inverse DCT clamps it:
     * the DC level plus or minus the most the other coefficients can add. On near-white paper the ringing
     * around a dark stroke overshoots 255; unclamped, its cells would come out brighter than the decoder's
     * pixels, and a faint stroke fainter. Saturated colours (a red seal) overshoot in chroma the same way.
     */
    private boolean mayClip(int n) {
        float level = 128;
        float swing = 0;
        for (int i = 0; i < n; i++) {
            int k = nonZero[i];
            if (k == 0) {
                level += coef[0] / 8;
            } else {
                swing += Math.abs(coef[k]) * AMPLITUDE[k];
            }
        }
        return level + swing > 255 || level - swing < 0;
    }

    /** The block's samples made and clamped as the decoder does, then spread over the cells they reach. */
    private void addSamples(int n, int bx, int by, int maxU) {
        for (int y = 0; y < 8; y++) {
            Arrays.fill(rowSums, 0, maxU + 1, 0f);
            for (int i = 0; i < n; i++) {
                int k = nonZero[i];
                rowSums[k & 7] += coef[k] * BASIS[y * 8 + (k >> 3)];
            }
            for (int x = 0; x < 8; x++) {
                float v = 0;
                for (int u = 0; u <= maxU; u++) {
                    v += rowSums[u] * BASIS[x * 8 + u];
                }
                samples[y * 8 + x] = Math.max(-128, Math.min(127, v));
            }
        }
        for (int sy = wy.first[by]; sy < wy.first[by + 1]; sy++) {
            Arrays.fill(rowSums, 0f);
            for (int y = 0; y < 8; y++) {
                float share = wy.share[sy * 8 + y];
                if (share != 0) {
                    for (int x = 0; x < 8; x++) {
                        rowSums[x] += samples[y * 8 + x] * share;
                    }
                }
            }
            int rowBase = wy.cell[sy] * cols;
            for (int sx = wx.first[bx]; sx < wx.first[bx + 1]; sx++) {
                float sum = 0;
                for (int x = 0; x < 8; x++) {
                    sum += rowSums[x] * wx.share[sx * 8 + x];
                }
                plane[rowBase + wx.cell[sx]] += sum;
            }
        }
    }

    /**
     * Each cell the block reaches gets the sum of its pixels' values (without the level shift of 128):
     * first along y (each column frequency's weighted sum over the rows), then along x.
     */
    private void addToCells(int bx, int by, int n, int maxU) {
        if (n == 1 && nonZero[0] == 0) {
            // only the DC, as in nearly every block of blank paper: the block is flat
            float dcValue = coef[0];
            int xFirst = wx.first[bx];
            int xEnd = wx.first[bx + 1];
            for (int sy = wy.first[by]; sy < wy.first[by + 1]; sy++) {
                float rowValue = dcValue * wy.weight[sy * 8];
                int rowBase = wy.cell[sy] * cols;
                for (int sx = xFirst; sx < xEnd; sx++) {
                    plane[rowBase + wx.cell[sx]] += rowValue * wx.weight[sx * 8];
                }
            }
            return;
        }
        for (int sy = wy.first[by]; sy < wy.first[by + 1]; sy++) {
            Arrays.fill(rowSums, 0, maxU + 1, 0f);
            int wyBase = sy * 8;
            for (int i = 0; i < n; i++) {
                int k = nonZero[i];
                rowSums[k & 7] += coef[k] * wy.weight[wyBase + (k >> 3)];
            }
            int rowBase = wy.cell[sy] * cols;
            for (int sx = wx.first[bx]; sx < wx.first[bx + 1]; sx++) {
                int wxBase = sx * 8;
                float sum = 0;
                for (int u = 0; u <= maxU; u++) {
                    sum += rowSums[u] * wx.weight[wxBase + u];
                }
                plane[rowBase + wx.cell[sx]] += sum;
            }
        }
    }

    private static float[] floats(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            f[i] = (float) values[i];
        }
        return f;
    }

    private static float[] amplitude() {
        float[] a = new float[64];
        for (int k = 0; k < 64; k++) {
            a[k] = (float) ((k >> 3 == 0 ? Math.sqrt(0.5) : 1) * (k % 8 == 0 ? Math.sqrt(0.5) : 1) / 4);
        }
        return a;
    }
}
