package org.anjuan.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** Decodes one scan and asks {@link InkFinder} whether it carries writing. Safe to call from any thread. */
final class ScanJudge {

    /**
     * Above this many pixels (an A3 sheet at 300 dpi) a JPEG that ImageIO decodes is decoded at a reduced
     * size to bound the memory two threads need; see {@link #subsampling}. {@link JpegCells} needs no such
     * limit: it holds only the cells.
     */
    static final long MAX_PIXELS = 18_000_000;
    /** Decoding at a reduced size keeps at least this resolution (pixels per mm, i.e. 150 dpi). */
    private static final double MIN_PIXELS_PER_MM = 150 / 25.4;

    private ScanJudge() {
    }

    /**
     * A plain JPEG: baseline ones (nearly every scanner's) are read straight into cells by
     * {@link JpegCells}, which makes no pixels; any other kind, and damaged data, is decoded by ImageIO.
     */
    static InkFinder.Verdict judgeJpeg(byte[] jpeg, JpegHeader header, double pixelsPerMm) throws IOException {
        CellGrid cells;
        try {
            cells = JpegCells.read(jpeg, header.ycc(), CellGrid.cellPixels(pixelsPerMm), pixelsPerMm);
        } catch (IOException damaged) {
            cells = null; // ImageIO makes the best of damaged data, as it always did here
        }
        return new InkFinder().find(cells != null ? cells : decode(jpeg, header, pixelsPerMm));
    }

    /**
     * ImageIO's decoding without colour conversion ({@code readRaster}): brightness and chroma are what
     * the ink test needs, and skipping the conversion to RGB saves about a third of the time.
     */
    static CellGrid decode(byte[] jpeg, JpegHeader header, double pixelsPerMm) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        if (!readers.hasNext()) {
            throw new IOException("no JPEG decoder in this Java runtime");
        }
        ImageReader reader = readers.next();
        try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(in, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling((long) header.width() * header.height(), pixelsPerMm);
            param.setSourceSubsampling(step, step, 0, 0);
            Raster raster = reader.readRaster(0, param);
            double ppm = pixelsPerMm / step;
            return CellGrid.of(raster, header.ycc(), CellGrid.cellPixels(ppm), ppm);
        } finally {
            reader.dispose();
        }
    }

    /** Any other image, as PDFBox decoded it. */
    static InkFinder.Verdict judge(BufferedImage image, double pixelsPerMm) {
        return new InkFinder().find(CellGrid.of(image, CellGrid.cellPixels(pixelsPerMm), pixelsPerMm));
    }

    /**
     * Keeping every n-th pixel can step over a stroke narrower than n pixels, so it is used only for very
     * large scans and never below 150 dpi, where a 0.2 mm pen stroke is still at least as wide as the step.
     */
    static int subsampling(long pixels, double pixelsPerMm) {
        if (pixels <= MAX_PIXELS) {
            return 1;
        }
        int wanted = (int) Math.ceil(Math.sqrt((double) pixels / MAX_PIXELS));
        int allowed = Math.max(1, (int) Math.floor(pixelsPerMm / MIN_PIXELS_PER_MM));
        return Math.min(wanted, allowed);
    }
}
