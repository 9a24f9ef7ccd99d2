package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The paper's measures are medians of binned values; counted a row of cells at a time they must come out
 * exactly as counted cell by cell, which is what this test does the slow way.
 */
class BackgroundTest {

    @Test
    void medianLevelsAndScattersAreThoseOfAPlainCount() {
        Random random = new Random(20261123);
        for (int trial = 0; trial < 20; trial++) {
            CellGrid g = new CellGrid(90 + random.nextInt(40), 120 + random.nextInt(40), CellGrid.CELL_MM, true);
            float paper = 150 + random.nextInt(100);
            for (int k = 0; k < g.y.length; k++) {
                // paper with noise, some ink, a few cells out of range on purpose (clamped into the end bins)
                g.y[k] = random.nextInt(50) == 0 ? random.nextFloat() * 300 - 20
                        : paper + (float) random.nextGaussian() * 3;
                g.cb[k] = (float) random.nextGaussian() * 4 + (random.nextInt(80) == 0 ? 140 : 0);
                g.cr[k] = (float) random.nextGaussian() * 4 - 2;
            }
            InkFinder.Region inner = new InkFinder.Region(5, 7, g.cols - 3, g.rows - 9);
            int tile = 10 + random.nextInt(30);

            Background b = Background.of(g, inner, tile);

            assertThat(b.darkDeviation()).isEqualTo(plainDarkDeviation(g, inner, tile));
            double[] chroma = plainChroma(g, inner);
            assertThat(b.chromaDeviation()).isEqualTo(chroma[2]);
            assertThat(b.chromaDistance(g, g.index(inner.left(), inner.top()))).isEqualTo(Math.sqrt(
                    sq(g.cb[g.index(inner.left(), inner.top())] - chroma[0])
                            + sq(g.cr[g.index(inner.left(), inner.top())] - chroma[1])));
        }
    }

    private static double sq(double v) {
        return v * v;
    }

    /** The median over the region of each cell's distance from its tile's median, in 1/8 grey-level bins. */
    private static double plainDarkDeviation(CellGrid g, InkFinder.Region inner, int tile) {
        int[] deviations = new int[64 * 8 + 1];
        int total = 0;
        for (int top = inner.top(); top < inner.bottom(); top += tile) {
            for (int left = inner.left(); left < inner.right(); left += tile) {
                int[] levels = new int[257];
                int n = 0;
                for (int row = top; row < Math.min(top + tile, inner.bottom()); row++) {
                    for (int col = left; col < Math.min(left + tile, inner.right()); col++) {
                        levels[bin(g.y[g.index(col, row)], 0, 1, levels.length)]++;
                        n++;
                    }
                }
                float median = (float) median(levels, n, 0, 1);
                for (int row = top; row < Math.min(top + tile, inner.bottom()); row++) {
                    for (int col = left; col < Math.min(left + tile, inner.right()); col++) {
                        deviations[bin(Math.abs(g.y[g.index(col, row)] - median), 0, 0.125, deviations.length)]++;
                        total++;
                    }
                }
            }
        }
        return median(deviations, total, 0, 0.125);
    }

    /** Median Cb, median Cr (1/4 bins) and the median distance from them (1/8 bins), cell by cell. */
    private static double[] plainChroma(CellGrid g, InkFinder.Region inner) {
        int[] cb = new int[256 * 4 + 1];
        int[] cr = new int[256 * 4 + 1];
        int n = 0;
        for (int row = inner.top(); row < inner.bottom(); row++) {
            for (int col = inner.left(); col < inner.right(); col++) {
                cb[bin(g.cb[g.index(col, row)], -128, 0.25, cb.length)]++;
                cr[bin(g.cr[g.index(col, row)], -128, 0.25, cr.length)]++;
                n++;
            }
        }
        double mb = median(cb, n, -128, 0.25);
        double mr = median(cr, n, -128, 0.25);
        int[] distance = new int[64 * 8 + 1];
        for (int row = inner.top(); row < inner.bottom(); row++) {
            for (int col = inner.left(); col < inner.right(); col++) {
                int k = g.index(col, row);
                distance[bin(Math.sqrt(sq(g.cb[k] - mb) + sq(g.cr[k] - mr)), 0, 0.125, distance.length)]++;
            }
        }
        return new double[] {mb, mr, median(distance, n, 0, 0.125)};
    }

    private static int bin(double v, double min, double width, int bins) {
        int i = (int) ((v - min) / width); // the widths are powers of two: dividing is exact
        return Math.max(0, Math.min(bins - 1, i));
    }

    private static double median(int[] counts, int total, double min, double width) {
        int half = (total + 1) / 2;
        int seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= half) {
                return min + (i + 0.5) * width;
            }
        }
        return min;
    }

    @Test
    void aGreyScanHasNoChroma() {
        CellGrid g = new CellGrid(40, 40, CellGrid.CELL_MM, false);
        Arrays.fill(g.y, 200);
        Background b = Background.of(g, new InkFinder.Region(0, 0, 40, 40), 10);
        assertThat(b.chromaDeviation()).isZero();
        assertThat(b.level()).isEqualTo(200.625); // the tiles' 200.5, in quarter-level bins
        assertThat(b.at(39, 39)).isEqualTo(200.5f);
    }
}
