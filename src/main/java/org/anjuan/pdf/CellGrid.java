package org.anjuan.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;

/**
 * A scan reduced to square cells of about half a millimetre, each holding the mean brightness (Y) and,
 * for colour scans, the mean chroma (Cb, Cr) of its pixels. Averaging over an area, unlike picking every
 * n-th pixel, keeps a pen stroke thinner than the cell: it darkens its cell in proportion to the area it
 * covers, where subsampling would skip it with some probability. Averaging also flattens sensor noise.
 */
final class CellGrid {

    /** Cell side: a 0.3 mm stroke still darkens a 0.5 mm cell by more than half its contrast. */
    static final double CELL_MM = 0.5;

    final int cols;
    final int rows;
    final double cellMm;
    final float[] y;
    /** Null for a grey scan. */
    final float[] cb;
    final float[] cr;

    CellGrid(int cols, int rows, double cellMm, boolean colour) {
        this.cols = cols;
        this.rows = rows;
        this.cellMm = cellMm;
        this.y = new float[cols * rows];
        this.cb = colour ? new float[cols * rows] : null;
        this.cr = colour ? new float[cols * rows] : null;
    }

    /** The cell side in pixels for a scan of this resolution, at least one pixel. */
    static int cellPixels(double pixelsPerMm) {
        return Math.max(1, (int) Math.round(CELL_MM * pixelsPerMm));
    }

    /**
     * From a raster as ImageIO decodes a JPEG without colour conversion: one grey band, or three bands
     * that are YCbCr ({@code ycc}) or RGB. Each band is summed over the cells straight from the decoder's
     * bytes: this runs for every candidate page, so it avoids any per-pixel object or division.
     */
    static CellGrid of(Raster raster, boolean ycc, int cellPx, double pixelsPerMm) {
        int bands = raster.getNumBands();
        if (!(raster.getSampleModel() instanceof ComponentSampleModel sm)
                || !(raster.getDataBuffer() instanceof DataBufferByte buffer) || bands != 1 && bands != 3) {
            throw new IllegalArgumentException("unexpected raster " + raster.getSampleModel());
        }
        int width = raster.getWidth();
        int height = raster.getHeight();
        CellGrid grid = new CellGrid((width + cellPx - 1) / cellPx, (height + cellPx - 1) / cellPx,
                cellPx / pixelsPerMm, bands == 3);
        byte[] data = buffer.getData();
        int stride = sm.getPixelStride();
        int base = buffer.getOffset() - sm.getScanlineStride() * raster.getSampleModelTranslateY()
                - stride * raster.getSampleModelTranslateX();
        int[] offsets = sm.getBandOffsets();
        int scanline = sm.getScanlineStride();
        long[] sums = new long[grid.cols * bands];
        for (int cellRow = 0; cellRow < grid.rows; cellRow++) {
            java.util.Arrays.fill(sums, 0);
            int rowEnd = Math.min(height, (cellRow + 1) * cellPx);
            for (int py = cellRow * cellPx; py < rowEnd; py++) {
                int p = base + py * scanline;
                // one cell column at a time, so the inner loops are plain sums without a division
                for (int c = 0, px = 0; c < grid.cols; c++) {
                    int end = Math.min(width, px + cellPx);
                    if (bands == 1) {
                        long s0 = 0;
                        for (int q = p + offsets[0]; px < end; px++, q += stride) {
                            s0 += data[q] & 0xFF;
                        }
                        sums[c] += s0;
                    } else {
                        long s0 = 0;
                        long s1 = 0;
                        long s2 = 0;
                        for (int q = p; px < end; px++, q += stride) {
                            s0 += data[q + offsets[0]] & 0xFF;
                            s1 += data[q + offsets[1]] & 0xFF;
                            s2 += data[q + offsets[2]] & 0xFF;
                        }
                        sums[c * 3] += s0;
                        sums[c * 3 + 1] += s1;
                        sums[c * 3 + 2] += s2;
                    }
                    p += (end - c * cellPx) * stride;
                }
            }
            int rowsInCell = rowEnd - cellRow * cellPx;
            int centre = ycc ? 128 : 0;
            for (int c = 0; c < grid.cols; c++) {
                float n = rowsInCell * (Math.min(width, (c + 1) * cellPx) - c * cellPx);
                int k = grid.index(c, cellRow);
                grid.y[k] = sums[c * bands] / n;
                if (bands == 3) {
                    grid.cb[k] = sums[c * 3 + 1] / n - centre;
                    grid.cr[k] = sums[c * 3 + 2] / n - centre;
                }
            }
        }
        if (bands == 3 && !ycc) {
            grid.rgbToYcc(); // the conversion is linear, so converting the cell means is exact
        }
        return grid;
    }

    /** From any decoded image (the slower path for CCITT, JBIG2, JPEG 2000, Flate and other images). */
    static CellGrid of(BufferedImage image, int cellPx, double pixelsPerMm) {
        boolean colour = image.getColorModel().getNumColorComponents() > 1;
        Accumulator acc = new Accumulator(image.getWidth(), image.getHeight(), cellPx, pixelsPerMm, colour);
        int[] argb = new int[image.getWidth()];
        int[] row = new int[image.getWidth() * 3];
        for (int py = 0; py < image.getHeight(); py++) {
            image.getRGB(0, py, image.getWidth(), 1, argb, 0, image.getWidth());
            for (int px = 0; px < argb.length; px++) {
                int c = argb[px];
                // transparent pixels show the white page underneath
                int alpha = c >>> 24;
                int r = ((c >> 16 & 0xFF) * alpha + 255 * (255 - alpha)) / 255;
                int g = ((c >> 8 & 0xFF) * alpha + 255 * (255 - alpha)) / 255;
                int b = ((c & 0xFF) * alpha + 255 * (255 - alpha)) / 255;
                toYcc(r, g, b, row, px * 3);
            }
            acc.addRow(py, row);
        }
        return acc.grid();
    }

    /** JFIF's conversion in fixed point; chroma centred on 0. */
    private static void toYcc(int r, int g, int b, int[] out, int i) {
        out[i] = (19595 * r + 38470 * g + 7471 * b + 32768) >> 16;
        out[i + 1] = (-11056 * r - 21712 * g + 32768 * b) >> 16;
        out[i + 2] = (32768 * r - 27440 * g - 5328 * b) >> 16;
    }

    void rgbToYcc() {
        for (int k = 0; k < y.length; k++) {
            float r = y[k];
            float g = cb[k];
            float b = cr[k];
            y[k] = 0.299f * r + 0.587f * g + 0.114f * b;
            cb[k] = -0.168736f * r - 0.331264f * g + 0.5f * b;
            cr[k] = 0.5f * r - 0.418688f * g - 0.081312f * b;
        }
    }

    int index(int col, int row) {
        return row * cols + col;
    }

    /** Sums pixel rows into cell rows; the last cells of a row or column may be narrower. */
    private static final class Accumulator {
        private final int width;
        private final int height;
        private final int cellPx;
        private final CellGrid grid;
        private final long[] sums;
        private final int[] pixelsPerCell;

        Accumulator(int width, int height, int cellPx, double pixelsPerMm, boolean colour) {
            this.width = width;
            this.height = height;
            this.cellPx = cellPx;
            int cols = (width + cellPx - 1) / cellPx;
            int rows = (height + cellPx - 1) / cellPx;
            this.grid = new CellGrid(cols, rows, cellPx / pixelsPerMm, colour);
            this.sums = new long[cols * 3];
            this.pixelsPerCell = new int[cols];
        }

        void addRow(int py, int[] row) {
            boolean colour = grid.cb != null;
            for (int px = 0, i = 0; px < width; px++, i += 3) {
                int c = px / cellPx;
                sums[c * 3] += row[i];
                if (colour) {
                    sums[c * 3 + 1] += row[i + 1];
                    sums[c * 3 + 2] += row[i + 2];
                }
                pixelsPerCell[c]++;
            }
            if ((py + 1) % cellPx == 0 || py == height - 1) {
                int cellRow = py / cellPx;
                for (int c = 0; c < grid.cols; c++) {
                    int k = grid.index(c, cellRow);
                    float n = pixelsPerCell[c];
                    grid.y[k] = sums[c * 3] / n;
                    if (colour) {
                        grid.cb[k] = sums[c * 3 + 1] / n;
                        grid.cr[k] = sums[c * 3 + 2] / n;
                    }
                }
                java.util.Arrays.fill(sums, 0);
                java.util.Arrays.fill(pixelsPerCell, 0);
            }
        }

        CellGrid grid() {
            return grid;
        }
    }
}
