package org.anjuan.pdf;

import java.io.IOException;

/**
 * Reads a baseline JPEG straight into a {@link CellGrid}, without making its pixels: each 8×8 block's
 * coefficients are Huffman-decoded and dequantised, then added to the cells they reach ({@link BlockSpread},
 * with the weights of {@link CellWeights}). A cell's mean is a linear function of the coefficients, so this gives what
 * {@code CellGrid.of} computes from ImageIO's decoded raster, up to the decoder's rounding of each sample
 * (the few blocks whose samples may leave 0–255 are made into samples and clamped, as the decoder does).
 * It needs no 12 MB raster, and blank pages, whose blocks are nearly all a single DC value, cost little
 * more than reading their Huffman codes.
 *
 * <p>Reads 8-bit Huffman-coded sequential JPEGs (SOF0, SOF1) with one or three components, any integral
 * sampling factors 1–4 (except 4:4:0, see {@link #frame}), and restart intervals. Anything else (progressive,
 * arithmetic coding, 12 bits, lossless, CMYK, colour in separate scans, a height given later by DNL) is left
 * to ImageIO: {@link #read} returns null; damaged data throws an {@link IOException}, and the caller lets
 * ImageIO, which tolerates more, try.
 */
final class JpegCells {

    /** Cells of about half a millimetre: four million is an A0 sheet, far beyond any scanned page. */
    static final long MAX_CELLS = 4_000_000;

    /** The natural (row-major) position of the k-th coefficient in zigzag order. */
    private static final int[] NATURAL = {
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7,
        14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39,
        46, 53, 60, 61, 54, 47, 55, 62, 63};


    private static final int SOF0 = 0xC0;
    private static final int SOF1 = 0xC1;
    private static final int DHT = 0xC4;
    private static final int RST0 = 0xD0;
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int DQT = 0xDB;
    private static final int DNL = 0xDC;
    private static final int DRI = 0xDD;

    private final byte[] b;
    private final boolean ycc;
    private final int cellPx;
    private final double pixelsPerMm;
    private final int[][] quant = new int[4][];
    private final HuffmanTable[] dc = new HuffmanTable[4];
    private final HuffmanTable[] ac = new HuffmanTable[4];
    private int restartInterval;
    private Component[] components;
    private int width;
    private int height;
    private int mcusX;
    private int mcusY;
    private CellGrid grid;
    /** One block's dequantised coefficients in natural order, and where the non-zero ones are. */
    private final float[] coef = new float[64];
    private final int[] nonZero = new int[64];
    private final BlockSpread spread = new BlockSpread();

    private JpegCells(byte[] jpeg, boolean ycc, int cellPx, double pixelsPerMm) {
        this.b = jpeg;
        this.ycc = ycc;
        this.cellPx = cellPx;
        this.pixelsPerMm = pixelsPerMm;
    }

    /**
     * @param ycc for three components, whether they are YCbCr ({@link JpegHeader#ycc()}) or RGB
     * @return the cells as {@code CellGrid.of(raster, ycc, cellPx, pixelsPerMm)} makes them, or null for a
     *         kind of JPEG this does not read
     * @throws IOException when the data is damaged or cut short
     */
    static CellGrid read(byte[] jpeg, boolean ycc, int cellPx, double pixelsPerMm) throws IOException {
        if (cellPx < 1) {
            throw new IllegalArgumentException("cell of " + cellPx + " px");
        }
        return new JpegCells(jpeg, ycc, cellPx, pixelsPerMm).read();
    }

    private CellGrid read() throws IOException {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != SOI) {
            throw new IOException("not a JPEG");
        }
        int pos = 2;
        while (true) {
            if (pos + 1 >= b.length) {
                break; // no EOI: fine if every component has been read
            }
            if ((b[pos] & 0xFF) != 0xFF) {
                throw new IOException("marker expected at " + pos);
            }
            int marker = b[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++; // fill byte
                continue;
            }
            if (marker == EOI) {
                break;
            }
            if (marker == 0 || marker == 1 || marker >= RST0 && marker <= RST0 + 7) {
                throw new IOException("stray marker " + Integer.toHexString(marker));
            }
            if (pos + 4 > b.length) {
                throw new IOException("segment cut short");
            }
            int length = u16(pos + 2);
            int body = pos + 4;
            int end = pos + 2 + length;
            if (length < 2 || end > b.length) {
                throw new IOException("segment cut short");
            }
            if (marker == SOF0 || marker == SOF1) {
                if (!frame(body, end)) {
                    return null;
                }
            } else if (marker >= 0xC2 && marker <= 0xCF && marker != DHT || marker == DNL) {
                return null; // progressive, lossless, arithmetic coding, hierarchical, or a late height
            } else if (marker == DHT) {
                huffmanTables(body, end);
            } else if (marker == DQT) {
                quantTables(body, end);
            } else if (marker == DRI) {
                if (length != 4) {
                    throw new IOException("bad DRI");
                }
                restartInterval = u16(body);
            } else if (marker == SOS) {
                end = scan(body, end);
                if (end < 0) {
                    return null;
                }
            }
            pos = end;
        }
        if (components == null) {
            throw new IOException("no frame");
        }
        for (Component c : components) {
            if (!c.done) {
                throw new IOException("component " + c.id + " missing");
            }
        }
        return finish();
    }

    /** SOF0/SOF1; false when it is a kind left to ImageIO. */
    private boolean frame(int body, int end) throws IOException {
        if (components != null) {
            throw new IOException("second frame");
        }
        if (end - body < 6) {
            throw new IOException("bad frame");
        }
        int precision = b[body] & 0xFF;
        height = u16(body + 1);
        width = u16(body + 3);
        int count = b[body + 5] & 0xFF;
        if (precision != 8 || height == 0 || count != 1 && count != 3) {
            return false;
        }
        if (width == 0 || end - body < 6 + 3 * count) {
            throw new IOException("bad frame");
        }
        components = new Component[count];
        int hMax = 1;
        int vMax = 1;
        for (int i = 0; i < count; i++) {
            int p = body + 6 + 3 * i;
            Component c = new Component(b[p] & 0xFF, (b[p + 1] & 0xFF) >> 4, b[p + 1] & 0x0F, b[p + 2] & 0xFF);
            if (c.h < 1 || c.h > 4 || c.v < 1 || c.v > 4 || c.tq > 3) {
                throw new IOException("bad frame");
            }
            components[i] = c;
            hMax = Math.max(hMax, c.h);
            vMax = Math.max(vMax, c.v);
        }
        for (Component c : components) {
            if (hMax % c.h != 0 || vMax % c.v != 0) {
                return false; // fractional sampling: libjpeg refuses it too
            }
        }
        if (count == 1) {
            hMax = components[0].h; // one component: its blocks simply tile the image
            vMax = components[0].v;
        }
        int cols = (width + cellPx - 1) / cellPx;
        int rows = (height + cellPx - 1) / cellPx;
        if ((long) cols * rows > MAX_CELLS) {
            return false;
        }
        grid = new CellGrid(cols, rows, cellPx / pixelsPerMm, count == 3);
        mcusX = (width + 8 * hMax - 1) / (8 * hMax);
        mcusY = (height + 8 * vMax - 1) / (8 * vMax);
        for (int i = 0; i < count; i++) {
            Component c = components[i];
            int rx = count == 1 ? 1 : hMax / c.h;
            int ry = count == 1 ? 1 : vMax / c.v;
            // libjpeg smooths 2:1 horizontal (4:2:2) and 2:1 both ways (4:2:0) with its triangle filter
            // (and only when the component is more than 2 samples wide); 4:4:0 is left to ImageIO, because
            // libjpeg 6b, which some Java runtimes bundle, repeats its rows and libjpeg-turbo smooths them
            if (rx == 1 && ry == 2) {
                return false;
            }
            boolean h2 = rx == 2 && (ry == 1 || ry == 2) && (width + 1) / 2 > 2;
            boolean v2 = h2 && ry == 2;
            int bx = count == 1 ? (width + 7) / 8 : mcusX * c.h;
            int by = count == 1 ? (height + 7) / 8 : mcusY * c.v;
            c.x = CellWeights.shared(width, rx, h2, cellPx, bx);
            c.y = CellWeights.shared(height, ry, v2, cellPx, by);
            c.samplesX = (width + rx - 1) / rx;
            c.samplesY = (height + ry - 1) / ry;
            c.plane = i == 0 ? grid.y : i == 1 ? grid.cb : grid.cr;
        }
        return true;
    }

    private void huffmanTables(int pos, int end) throws IOException {
        while (pos < end) {
            if (end - pos < 17) {
                throw new IOException("bad DHT");
            }
            int tc = (b[pos] & 0xFF) >> 4;
            int th = b[pos] & 0x0F;
            int[] counts = new int[17];
            int total = 0;
            for (int len = 1; len <= 16; len++) {
                counts[len] = b[pos + len] & 0xFF;
                total += counts[len];
            }
            pos += 17;
            if (tc > 1 || th > 3 || total > 256 || end - pos < total) {
                throw new IOException("bad DHT");
            }
            byte[] symbols = java.util.Arrays.copyOfRange(b, pos, pos + total);
            pos += total;
            HuffmanTable table = new HuffmanTable(counts, symbols);
            if (tc == 0) {
                if (table.maxSymbol() > 15) {
                    throw new IOException("bad DC table");
                }
                dc[th] = table;
            } else {
                ac[th] = table;
            }
        }
    }

    private void quantTables(int pos, int end) throws IOException {
        while (pos < end) {
            int pq = (b[pos] & 0xFF) >> 4;
            int tq = b[pos] & 0x0F;
            int size = pq == 0 ? 64 : 128;
            if (pq > 1 || tq > 3 || end - pos - 1 < size) {
                throw new IOException("bad DQT");
            }
            pos++;
            int[] q = new int[64];
            for (int k = 0; k < 64; k++) {
                q[NATURAL[k]] = pq == 0 ? b[pos + k] & 0xFF : u16(pos + 2 * k);
            }
            quant[tq] = q;
            pos += size;
        }
    }

    /** Reads one scan's header and data; returns where the data ended, or -1 for a kind left to ImageIO. */
    private int scan(int body, int end) throws IOException {
        if (components == null) {
            throw new IOException("scan before frame");
        }
        int count = end - body >= 1 ? b[body] & 0xFF : 0;
        if (count < 1 || count > components.length || end - body != 4 + 2 * count) {
            throw new IOException("bad scan header");
        }
        if (count != components.length) {
            return -1; // colour in one scan per component: rare, and no encoder at hand to test it with
        }
        Component[] in = new Component[count];
        int blocksPerMcu = 0;
        for (int i = 0; i < count; i++) {
            int id = b[body + 1 + 2 * i] & 0xFF;
            int tables = b[body + 2 + 2 * i] & 0xFF;
            Component c = byId(id);
            if (c.done || tables >> 4 > 3 || (tables & 0x0F) > 3) {
                throw new IOException("bad scan header");
            }
            c.dc = dc[tables >> 4];
            c.ac = ac[tables & 0x0F];
            c.q = quant[c.tq];
            if (c.dc == null || c.ac == null || c.q == null) {
                throw new IOException("table missing");
            }
            c.done = true;
            c.pred = 0;
            blocksPerMcu += count == 1 ? 1 : c.h * c.v;
            in[i] = c;
        }
        int p = body + 1 + 2 * count;
        if ((b[p] & 0xFF) != 0 || (b[p + 1] & 0xFF) != 63 || (b[p + 2] & 0xFF) != 0 || blocksPerMcu > 10) {
            throw new IOException("not a sequential scan");
        }
        EntropyReader reader = new EntropyReader(b, end);
        int mcus;
        int perRow;
        if (count == 1) {
            perRow = (in[0].samplesX + 7) / 8;
            mcus = perRow * ((in[0].samplesY + 7) / 8);
        } else {
            perRow = mcusX;
            mcus = mcusX * mcusY;
        }
        int restart = 0;
        for (int m = 0; m < mcus; m++) {
            if (restartInterval > 0 && m > 0 && m % restartInterval == 0) {
                reader.restart(restart);
                restart = (restart + 1) & 7;
                for (Component c : in) {
                    c.pred = 0;
                }
            }
            int mx = m % perRow;
            int my = m / perRow;
            if (count == 1) {
                block(reader, in[0], mx, my);
            } else {
                for (Component c : in) {
                    for (int v = 0; v < c.v; v++) {
                        for (int h = 0; h < c.h; h++) {
                            block(reader, c, mx * c.h + h, my * c.v + v);
                        }
                    }
                }
            }
            if (reader.overran()) {
                throw new IOException("image data cut short");
            }
        }
        return reader.end();
    }

    /** Decodes one block and adds it to the cells it reaches. */
    private void block(EntropyReader in, Component c, int bx, int by) throws IOException {
        int size = c.dc.decode(in);
        c.pred += size == 0 ? 0 : extend(in.take(size), size);
        int[] q = c.q;
        int n = 0;
        int maxU = 0;
        if (c.pred != 0) {
            coef[0] = c.pred * q[0];
            nonZero[n++] = 0;
        }
        HuffmanTable table = c.ac;
        for (int k = 1; k < 64; k++) {
            int rs = table.decode(in);
            int run = rs >> 4;
            size = rs & 0x0F;
            if (size == 0) {
                if (run != 15) {
                    break; // end of block
                }
                k += 15;
                continue;
            }
            k += run;
            if (k > 63) {
                throw new IOException("coefficient past the block");
            }
            int natural = NATURAL[k];
            int value = extend(in.take(size), size) * q[natural];
            if (value != 0) {
                coef[natural] = value;
                nonZero[n++] = natural;
                maxU = Math.max(maxU, natural & 7);
            }
        }
        if (n > 0) {
            spread.add(coef, nonZero, n, maxU, c.x, c.y, c.plane, grid.cols, bx, by);
            for (int i = 0; i < n; i++) {
                coef[nonZero[i]] = 0;
            }
        }
    }

    /** Sums to means, with the level shift; chroma stays centred on 0 as CellGrid keeps it. */
    private CellGrid finish() {
        int cols = grid.cols;
        for (int row = 0; row < grid.rows; row++) {
            int h = Math.min(height, (row + 1) * cellPx) - row * cellPx;
            for (int col = 0; col < cols; col++) {
                float area = h * (Math.min(width, (col + 1) * cellPx) - col * cellPx);
                int k = row * cols + col;
                grid.y[k] = grid.y[k] / area + 128;
                if (grid.cb != null) {
                    float centre = ycc ? 0 : 128;
                    grid.cb[k] = grid.cb[k] / area + centre;
                    grid.cr[k] = grid.cr[k] / area + centre;
                }
            }
        }
        if (grid.cb != null && !ycc) {
            grid.rgbToYcc();
        }
        return grid;
    }

    private Component byId(int id) throws IOException {
        for (Component c : components) {
            if (c.id == id) {
                return c;
            }
        }
        throw new IOException("scan names an unknown component");
    }

    /** A coefficient's magnitude bits to its signed value (T.81 figure F.12). */
    private static int extend(int v, int size) {
        return v < 1 << (size - 1) ? v - (1 << size) + 1 : v;
    }

    private int u16(int pos) {
        return (b[pos] & 0xFF) << 8 | b[pos + 1] & 0xFF;
    }

    /** One colour component of the frame and, while its scan is read, its tables. */
    private static final class Component {
        final int id;
        final int h;
        final int v;
        final int tq;
        CellWeights x;
        CellWeights y;
        int samplesX;
        int samplesY;
        float[] plane;
        HuffmanTable dc;
        HuffmanTable ac;
        int[] q;
        int pred;
        boolean done;

        Component(int id, int h, int v, int tq) {
            this.id = id;
            this.h = h;
            this.v = v;
            this.tq = tq;
        }
    }
}
