package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.anjuan.domain.ProgressListener;
import org.anjuan.pdf.ScanImagePainter.Sheet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlankPageDetectorTest {

    private static final double A4_W = 210;
    private static final double A4_H = 297;

    private final BlankPageDetector detector = new BlankPageDetector(2);

    @Test
    void aScanWithTextLinesIsWritten() throws IOException {
        assertThat(judgeScan(Sheet.TEXT, 1, 200, false).writing()).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void aNoisyEmptySheetWithDustEdgeShadowAndPunchHolesIsBlank(long seed) throws IOException {
        int dpi = seed % 2 == 0 ? 200 : 100;
        BlankPageDetector.Verdict v = judgeScan(Sheet.BLANK, seed, dpi, seed == 3);

        assertThat(v.writing()).as(v.reason()).isFalse();
    }

    @Test
    void theBlankSheetReallyHasHolesShadowAndDust() {
        ScanImagePainter blank = ScanImagePainter.page(Sheet.BLANK, 1, A4_W, A4_H, 100);
        int rgbHole = blank.image().getRGB(px(12, 100), blank.image().getHeight() / 2 + px(40, 100));
        int rgbEdge = blank.image().getRGB(blank.image().getWidth() - 1, 500);

        assertThat(rgbHole & 0xFF).isLessThan(110);
        assertThat(rgbEdge & 0xFF).isLessThan(190);
    }

    @ParameterizedTest(name = "grey {0} on paper 243")
    @ValueSource(ints = {120, 170, 190, 205})
    void oneShortLightGreyLineMakesThePageWritten(int grey) throws IOException {
        for (int dpi : new int[] {100, 200}) {
            ScanImagePainter p = ScanImagePainter.page(Sheet.BLANK, grey, A4_W, A4_H, dpi).faintLine(grey);

            assertThat(judge(p.jpeg(0.5f, false), dpi).writing()).as("grey %d at %d dpi", grey, dpi).isTrue();
        }
    }

    @Test
    void aRedSealAloneMakesThePageWritten() throws IOException {
        BlankPageDetector.Verdict v = judgeScan(Sheet.SEAL, 7, 100, false);

        assertThat(v.writing()).isTrue();
    }

    @Test
    void aSignatureAloneMakesThePageWritten() throws IOException {
        assertThat(judgeScan(Sheet.SIGNATURE, 8, 200, false).writing()).isTrue();
    }

    @Test
    void aSmallPaleStampIsWriting() throws IOException {
        ScanImagePainter p = ScanImagePainter.page(Sheet.BLANK, 9, A4_W, A4_H, 100);
        java.awt.Graphics2D g = p.image(0).createGraphics();
        g.setColor(new java.awt.Color(235, 170, 170));
        g.setStroke(new java.awt.BasicStroke(2f));
        g.drawOval(400, 600, 50, 50); // 13 mm at 100 dpi

        assertThat(judge(p.jpeg(0.5f, false), 100).writing()).isTrue();
    }

    @Test
    void aDarkPageScannedInGreyIsWritten() throws IOException {
        BlankPageDetector.Verdict v = judgeScan(Sheet.DARK, 10, 100, true);

        assertThat(v.writing()).as(v.reason()).isTrue();
    }

    @Test
    void greyPaperWithTextIsWrittenBecauseOfItsText() throws IOException {
        ScanImagePainter p = new ScanImagePainter(11, A4_W, A4_H, 100, 200).punchHoles().faintLine(150);

        BlankPageDetector.Verdict v = judge(p.jpeg(0.5f, true), 100);

        assertThat(v.writing()).isTrue();
        assertThat(v.reason()).startsWith("mark");
    }

    @Test
    void aPageThatDrawsNothingIsBlank() throws IOException {
        BlankPageDetector.Verdict v = judgeOne(doc -> doc.addPage(new PDPage(PDRectangle.A4)));

        assertThat(v.writing()).isFalse();
        assertThat(v.reason()).isEqualTo("draws nothing");
    }

    @Test
    void bornDigitalTextIsWriting() throws IOException {
        BlankPageDetector.Verdict v = judgeOne(doc -> {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                c.beginText();
                c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                c.newLineAtOffset(72, 700);
                c.showText("Notice of administrative penalty");
                c.endText();
            }
        });

        assertThat(v.writing()).isTrue();
        assertThat(v.reason()).isEqualTo("text");
    }

    @Test
    void aThinVectorLineIsWriting() throws IOException {
        BlankPageDetector.Verdict v = judgeOne(doc -> {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                c.setLineWidth(0.3f);
                c.moveTo(100, 100);
                c.lineTo(140, 100);
                c.stroke();
            }
        });

        assertThat(v.writing()).isTrue();
    }

    @Test
    void anInvisibleOcrLayerOverABlankScanIsBlank() throws IOException {
        byte[] jpeg = ScanImagePainter.page(Sheet.BLANK, 12, A4_W, A4_H, 100).jpeg(0.5f, false);

        BlankPageDetector.Verdict v = judgeOne(doc -> {
            PDPage page = ScanPdfs.addScan(doc, jpeg, A4_W, A4_H);
            try (PDPageContentStream c = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    false)) {
                c.beginText();
                c.setRenderingMode(RenderingMode.NEITHER);
                c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                c.newLineAtOffset(72, 700);
                c.showText("noise read as letters");
                c.endText();
            }
        });

        assertThat(v.writing()).as(v.reason()).isFalse();
    }

    @Test
    void onlyTheWrittenPagesOfASampleScanAreWritten() throws IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sample");
        java.nio.file.Path pdf = dir.resolve("sample.pdf");
        new SampleScanWriter().write(pdf, 3, java.util.OptionalInt.of(2));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(detector.blankPages(doc, ProgressListener.NONE)).containsExactly(false, true, false);
        } finally {
            java.nio.file.Files.deleteIfExists(pdf);
            java.nio.file.Files.deleteIfExists(dir);
        }
    }

    @Test
    void judgesImagesThatAreNotJpegToo() throws IOException {
        ScanImagePainter blank = ScanImagePainter.page(Sheet.BLANK, 13, A4_W, A4_H, 100);
        ScanImagePainter faint = ScanImagePainter.page(Sheet.BLANK, 14, A4_W, A4_H, 100).faintLine(190);
        List<BlankPageDetector.Verdict> v = judgeAll(doc -> {
            for (ScanImagePainter p : List.of(blank, faint)) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(doc, p.image());
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    c.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
        });

        assertThat(v).extracting(BlankPageDetector.Verdict::writing).containsExactly(false, true);
    }

    @Test
    void aScanDrawnSidewaysOnALandscapePageIsJudgedToo() throws IOException {
        byte[] faint = ScanImagePainter.page(Sheet.BLANK, 15, A4_W, A4_H, 100).faintLine(190).jpeg(0.5f, false);
        byte[] blank = ScanImagePainter.page(Sheet.BLANK, 16, A4_W, A4_H, 100).jpeg(0.5f, false);
        List<BlankPageDetector.Verdict> v = judgeAll(doc -> {
            for (byte[] jpeg : List.of(faint, blank)) {
                PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
                doc.addPage(page);
                PDImageXObject image = JPEGFactory.createFromByteArray(doc, jpeg);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    // the portrait image turned a quarter onto the landscape page: its x axis goes up the page
                    float w = PDRectangle.A4.getWidth();
                    float h = PDRectangle.A4.getHeight();
                    c.drawImage(image, new Matrix(0, w, -h, 0, h, 0));
                }
            }
        });

        assertThat(v).extracting(BlankPageDetector.Verdict::writing).containsExactly(true, false);
    }

    @Test
    void clearlyWrittenScansAreNotDecoded() throws IOException {
        List<BlankPageDetector.Verdict> v = judgeAll(doc -> {
            addA4Scans(doc, Sheet.TEXT, 4, 20);
            ScanPdfs.addScan(doc, Sheet.BLANK, 30, A4_W, A4_H, 100, false);
            ScanPdfs.addScan(doc, Sheet.FAINT, 31, A4_W, A4_H, 100, false);
        });

        assertThat(v).extracting(BlankPageDetector.Verdict::writing).containsExactly(true, true, true, true, false, true);
        assertThat(v.subList(0, 4)).allSatisfy(p -> assertThat(p.reason()).contains("bits per pixel"));
        assertThat(v.get(5).reason()).startsWith("mark");
    }

    @Test
    void scansDecodedWhileThePagesAreStillSurveyedGetTheSameAnswers() throws IOException {
        // after eight written pages a faint and a blank one look blank by size and are decoded at once
        List<BlankPageDetector.Verdict> v = judgeAll(doc -> {
            addA4Scans(doc, Sheet.TEXT, 8, 60);
            ScanPdfs.addScan(doc, Sheet.FAINT, 70, A4_W, A4_H, 100, false);
            ScanPdfs.addScan(doc, Sheet.BLANK, 71, A4_W, A4_H, 100, false);
            ScanPdfs.addScan(doc, Sheet.TEXT, 72, A4_W, A4_H, 100, false);
        });

        assertThat(v).extracting(BlankPageDetector.Verdict::writing)
                .containsExactly(true, true, true, true, true, true, true, true, true, false, true);
        assertThat(v.get(8).reason()).startsWith("mark");
        assertThat(v.get(9).reason()).isEqualTo("no mark larger than dust");
    }

    @Test
    void anEarlyAnswerForAPageTheSizesFindClearlyWrittenIsDropped() throws IOException {
        // the dark page is small beside eight written ones, so it is decoded early; the blank pages after it
        // lower the size limit below it, and the size's answer is the one kept, as without the early start
        List<BlankPageDetector.Verdict> v = judgeAll(doc -> {
            addA4Scans(doc, Sheet.TEXT, 8, 80);
            ScanPdfs.addScan(doc, Sheet.DARK, 1, A4_W, A4_H, 100, false);
            addA4Scans(doc, Sheet.BLANK, 12, 90);
        });

        assertThat(v.subList(0, 9)).allSatisfy(p -> {
            assertThat(p.writing()).isTrue();
            assertThat(p.reason()).contains("bits per pixel");
        });
        assertThat(v.subList(9, 21)).allSatisfy(p -> assertThat(p.writing()).as(p.reason()).isFalse());
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() throws IOException {
        byte[] pdf = pdf(doc -> {
            addA4Scans(doc, Sheet.BLANK, 6, 40);
        });
        List<Long> done = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            boolean[] blank = detector.blankPages(doc, (d, total, what) -> {
                assertThat(total).isEqualTo(6);
                done.add(d);
            });
            assertThat(blank).containsOnly(true);
        }
        assertThat(done).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);

        AtomicInteger reports = new AtomicInteger();
        ProgressListener cancelAfterTwo = new ProgressListener() {
            @Override
            public void progress(long d, long total, String what) {
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return reports.get() >= 2;
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThatThrownBy(() -> detector.blankPages(doc, cancelAfterTwo))
                    .isInstanceOf(CancellationException.class);
        }
        assertThat(reports.get()).isLessThan(6);
    }

    @Test
    void oneDetectorServesSeveralThreadsAtOnce() throws Exception {
        byte[] pdf = pdf(doc -> {
            ScanPdfs.addScan(doc, Sheet.BLANK, 50, A4_W, A4_H, 100, false);
            ScanPdfs.addScan(doc, Sheet.FAINT, 51, A4_W, A4_H, 100, false);
            ScanPdfs.addScan(doc, Sheet.BLANK, 52, A4_W, A4_H, 100, true);
        });
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<boolean[]>> results = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                results.add(callers.submit(() -> {
                    try (PDDocument doc = Loader.loadPDF(pdf)) {
                        return detector.blankPages(doc, ProgressListener.NONE);
                    }
                }));
            }
            for (java.util.concurrent.Future<boolean[]> r : results) {
                assertThat(r.get()).containsExactly(true, false, true);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private BlankPageDetector.Verdict judgeScan(Sheet sheet, long seed, int dpi, boolean grey) throws IOException {
        return judge(ScanImagePainter.page(sheet, seed, A4_W, A4_H, dpi).jpeg(0.5f, grey), dpi);
    }

    private BlankPageDetector.Verdict judge(byte[] jpeg, int dpi) throws IOException {
        return judgeOne(doc -> ScanPdfs.addScan(doc, jpeg, A4_W, A4_H));
    }

    private BlankPageDetector.Verdict judgeOne(Pages pages) throws IOException {
        List<BlankPageDetector.Verdict> all = judgeAll(pages);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private List<BlankPageDetector.Verdict> judgeAll(Pages pages) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(pages))) {
            return List.of(detector.judge(doc, ProgressListener.NONE));
        }
    }

    private static byte[] pdf(Pages pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pages.add(doc);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static int px(double mm, int dpi) {
        return (int) Math.round(mm / 25.4 * dpi);
    }

    @FunctionalInterface
    private interface Pages {
        void add(PDDocument doc) throws IOException;
    }

    /** {@code count} A4 scans of one kind at 100 dpi, colour, seeds from {@code firstSeed}. */
    private static void addA4Scans(PDDocument doc, Sheet sheet, int count, long firstSeed) throws IOException {
        for (int i = 0; i < count; i++) {
            ScanPdfs.addScan(doc, sheet, firstSeed + i, A4_W, A4_H, 100, false);
        }
    }
}
