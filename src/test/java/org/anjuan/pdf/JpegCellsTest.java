package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.anjuan.pdf.ScanImagePainter.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The direct reader against the ImageIO path it replaces: the same cells (within the decoder's rounding),
 * the same verdicts, and ImageIO still used for what the reader leaves alone.
 *
 * <p>Tolerances: the decoder rounds every sample to an integer (±0.5) and, for subsampled chroma, rounds
 * again in its triangle upsampling, so a cell's mean can differ by up to about half a level in Y and a
 * little more in chroma. Measured over these tests: Y at most 0.50, chroma at most 0.77.
 */
class JpegCellsTest {

    private static final double Y_TOLERANCE = 0.75;
    private static final double CHROMA_TOLERANCE = 1.0;

    @ParameterizedTest(name = "{0} dpi")
    @ValueSource(ints = {100, 150, 200, 250, 300, 400})
    void greyScansGiveImageIosCells(int dpi) throws IOException {
        // 61.3 × 47.9 mm: neither side a multiple of 8 pixels or of the cell
        BufferedImage image = painter(Sheet.TEXT, dpi, 61.3, 47.9).faintLine(190).image();
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(image, 0, 0, null);
        for (float quality : new float[] {0.5f, 0.75f, 0.95f}) {
            assertSameCells(JpegSamples.write(grey, quality, "", 0, false), dpi, "grey q " + quality);
        }
    }

    @ParameterizedTest(name = "luma sampling {0}")
    @ValueSource(strings = {"2x2", "2x1", "1x1", "4x1", "4x2"})
    void colourScansGiveImageIosCells(String sampling) throws IOException {
        for (int dpi : new int[] {100, 200, 300}) {
            BufferedImage image = painter(Sheet.SEAL, dpi, 100.3, 110.1).signature().textLines(0.3).image();
            for (float quality : new float[] {0.5f, 0.75f, 0.95f}) {
                byte[] jpeg = JpegSamples.write(image, quality, sampling, 0, false);
                assertSameCells(jpeg, dpi, sampling + " at " + dpi + " dpi, q " + quality);
            }
        }
    }

    @Test
    void theWeightsOfAnAxisAreMadeOnceForEveryPageThatSharesItAndAreThoseMadeAfresh() {
        // an A4 page at 200 dpi: 1654 pixels across, chroma halved with the triangle filter, cells of 4 pixels
        CellWeights first = CellWeights.shared(1654, 2, true, 4, 104);
        CellWeights fresh = CellWeights.of(1654, 2, true, 4, 104);

        assertThat(CellWeights.shared(1654, 2, true, 4, 104)).isSameAs(first);
        assertThat(CellWeights.shared(1654, 1, false, 4, 208)).isNotSameAs(first);
        assertThat(first.first).isEqualTo(fresh.first);
        assertThat(first.cell).isEqualTo(fresh.cell);
        assertThat(first.weight).isEqualTo(fresh.weight);
        assertThat(first.share).isEqualTo(fresh.share);
    }

    @Test
    void restartIntervalsAreFollowed() throws IOException {
        BufferedImage image = painter(Sheet.SIGNATURE, 200, 70.1, 50.3).image();
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(image, 0, 0, null);
        for (BufferedImage picture : new BufferedImage[] {image, grey}) {
            byte[] jpeg = JpegSamples.write(picture, 0.75f, "2x2", 7, false);
            assertThat(count(jpeg, 0xDD)).as("DRI").isEqualTo(1);
            assertThat(count(jpeg, 0xD7)).as("RST7").isGreaterThan(1);
            assertSameCells(jpeg, 200, "restart every 7 MCUs");
        }
    }

    @Test
    void nearWhiteNoisyPaperIsClampedAsTheDecoderClampsIt() throws IOException {
        // paper at 252 with strong sensor noise: the ringing of strokes and noise overshoots 255
        for (int dpi : new int[] {100, 200}) {
            ScanImagePainter p = new ScanImagePainter(5, 90.7, 80.3, dpi, 252).dust(4).faintLine(200);
            Graphics2D g = p.image(0).createGraphics();
            g.setColor(new Color(20, 20, 20));
            g.fillRect(p.image(0).getWidth() / 2, 10, 2, p.image(0).getHeight() / 2); // a hard black stroke
            g.dispose();
            BufferedImage image = p.image(4);
            for (float quality : new float[] {0.5f, 0.9f}) {
                assertSameCells(JpegSamples.write(image, quality, "2x2", 0, false), dpi, "near white q " + quality);
            }
        }
    }

    @Test
    void rgbScansGiveImageIosCells() throws IOException {
        BufferedImage image = painter(Sheet.SEAL, 100, 100.3, 110.1).image();
        byte[] jpeg = JpegSamples.writeRgb(image, 0.75f);

        assertThat(JpegHeader.parse(jpeg).ycc()).isFalse();
        assertSameCells(jpeg, 100, "RGB");
    }

    @Test
    void judgesTheSameAsTheImageIoPath() throws IOException {
        for (int dpi : new int[] {100, 200, 300}) {
            for (Sheet sheet : new Sheet[] {Sheet.BLANK, Sheet.FAINT, Sheet.SEAL}) {
                byte[] jpeg = ScanImagePainter.page(sheet, dpi + sheet.ordinal(), 210, 297, dpi).jpeg(0.5f, false);
                double ppm = dpi / 25.4;
                JpegHeader header = JpegHeader.parse(jpeg);

                InkFinder.Verdict direct = ScanJudge.judgeJpeg(jpeg, header, ppm);
                InkFinder.Verdict viaImageIo = new InkFinder().find(ScanJudge.decode(jpeg, header, ppm));

                // the same answer for the same kind of reason; a mark's edge may move by a cell at the threshold
                assertThat(direct.writing()).as("%s at %d dpi", sheet, dpi).isEqualTo(sheet != Sheet.BLANK)
                        .isEqualTo(viaImageIo.writing());
                assertThat(direct.reason().split(" ")[0]).isEqualTo(viaImageIo.reason().split(" ")[0]);
            }
        }
    }

    @Test
    void otherKindsOfJpegAreLeftToImageIo() throws IOException {
        BufferedImage image = painter(Sheet.FAINT, 100, 210, 297).image();
        byte[] baseline = JpegSamples.write(image, 0.75f, "2x2", 0, false);
        byte[] progressive = JpegSamples.write(image, 0.75f, "2x2", 0, true);
        byte[] sampled440 = JpegSamples.write(image, 0.75f, "1x2", 0, false);
        double ppm = 100 / 25.4;
        int cell = CellGrid.cellPixels(ppm);

        assertThat(JpegCells.read(progressive, true, cell, ppm)).isNull();
        assertThat(JpegCells.read(sampled440, true, cell, ppm)).isNull();
        assertThat(JpegCells.read(withFrameMarker(baseline, 0xC9), true, cell, ppm)).as("arithmetic").isNull();
        byte[] twelveBit = baseline.clone();
        twelveBit[frame(twelveBit) + 4] = 12;
        assertThat(JpegCells.read(twelveBit, true, cell, ppm)).as("12 bits").isNull();
        // and the verdict is ImageIO's: the faint line is found
        JpegHeader header = JpegHeader.parse(progressive);
        InkFinder.Verdict v = ScanJudge.judgeJpeg(progressive, header, ppm);
        assertThat(v.writing()).as(v.reason()).isTrue();
        assertThat(v).isEqualTo(new InkFinder().find(ScanJudge.decode(progressive, header, ppm)));
    }

    @Test
    void dataCutShortIsAnErrorAndImageIoGetsItsChance() throws IOException {
        byte[] jpeg = ScanImagePainter.page(Sheet.BLANK, 3, 210, 297, 100).jpeg(0.5f, false);
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 2);
        double ppm = 100 / 25.4;

        assertThatThrownBy(() -> JpegCells.read(cut, true, CellGrid.cellPixels(ppm), ppm))
                .isInstanceOf(IOException.class);
        // ImageIO makes grey of the missing half, as before: a page the clerk sees as not blank
        JpegHeader header = JpegHeader.parse(cut);
        assertThat(ScanJudge.judgeJpeg(cut, header, ppm))
                .isEqualTo(new InkFinder().find(ScanJudge.decode(cut, header, ppm)));
    }

    @Test
    void damagedDataOnlyEverGivesAnIoException() {
        byte[][] samples = {
            painter(Sheet.SEAL, 100, 40.3, 30.1).jpeg(0.75f, false),
            painter(Sheet.TEXT, 100, 40.3, 30.1).jpeg(0.5f, true),
            JpegSamples.writeQuietly(painter(Sheet.SIGNATURE, 100, 40.3, 30.1).image(), "2x1", 3)};
        SplittableRandom random = new SplittableRandom(42);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            int read = 0;
            int refused = 0;
            for (int round = 0; round < 3000; round++) {
                byte[] jpeg = samples[round % samples.length].clone();
                if (round % 4 == 0) {
                    jpeg = Arrays.copyOf(jpeg, 3 + random.nextInt(jpeg.length - 3));
                }
                for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                    int at = 2 + random.nextInt(jpeg.length - 2);
                    jpeg[at] = random.nextInt(3) == 0 ? (byte) 0xFF : (byte) random.nextInt(256);
                }
                try {
                    CellGrid cells = JpegCells.read(jpeg, true, 2, 100 / 25.4);
                    if (cells != null) {
                        read++;
                    }
                } catch (IOException damaged) {
                    refused++;
                }
            }
            // both outcomes occur: flips in the image data mostly decode to other pixels
            assertThat(read).isPositive();
            assertThat(refused).isPositive();
        });
    }

    private static ScanImagePainter painter(Sheet sheet, int dpi, double widthMm, double heightMm) {
        return ScanImagePainter.page(sheet, dpi, widthMm, heightMm, dpi);
    }

    private static void assertSameCells(byte[] jpeg, int dpi, String what) throws IOException {
        double ppm = dpi / 25.4;
        int cell = CellGrid.cellPixels(ppm);
        CellGrid expected = JpegSamples.viaImageIO(jpeg, cell, ppm);
        CellGrid actual = JpegCells.read(jpeg, JpegHeader.parse(jpeg).ycc(), cell, ppm);

        assertThat(actual).as(what).isNotNull();
        assertThat(actual.cols).as(what).isEqualTo(expected.cols);
        assertThat(actual.rows).as(what).isEqualTo(expected.rows);
        assertThat(actual.cellMm).as(what).isEqualTo(expected.cellMm);
        assertThat(actual.cb == null).as(what).isEqualTo(expected.cb == null);
        JpegSamples.Difference d = JpegSamples.Difference.of(expected, actual);
        assertThat(d.maxY()).as("%s: %s", what, d).isLessThanOrEqualTo(Y_TOLERANCE);
        assertThat(d.maxChroma()).as("%s: %s", what, d).isLessThanOrEqualTo(CHROMA_TOLERANCE);
    }

    /** The number of markers of this kind (0xFF then {@code marker}). */
    private static int count(byte[] jpeg, int marker) {
        int n = 0;
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if (jpeg[i] == (byte) 0xFF && (jpeg[i + 1] & 0xFF) == marker) {
                n++;
            }
        }
        return n;
    }

    /** Where the SOF0 marker is. */
    private static int frame(byte[] jpeg) {
        for (int i = 2; i + 1 < jpeg.length; i++) {
            if (jpeg[i] == (byte) 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                return i;
            }
        }
        throw new AssertionError("no SOF0");
    }

    private static byte[] withFrameMarker(byte[] jpeg, int marker) {
        byte[] copy = jpeg.clone();
        copy[frame(copy) + 1] = (byte) marker;
        return copy;
    }
}
