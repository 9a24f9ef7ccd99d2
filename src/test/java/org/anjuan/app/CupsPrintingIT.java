package org.anjuan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real printing: covers go through javax.print to the CUPS queue .ci/run sets up with cups-pdf, and the PDF that
 * cups-pdf writes is what the paper would have been. Skipped on a machine without that queue — unless the CI
 * variable is set, where a missing CUPS is a failure: CI must prove the printer path.
 */
class CupsPrintingIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final float A4_WIDTH = 595.3f;
    private static final float A4_HEIGHT = 841.9f;
    /** Rendering resolution for comparing where the ink lies: one pixel is 0.35 mm, and hairlines still show. */
    private static final int DPI = 72;

    @TempDir
    Path dir;

    private final PrintingService printing = new PrintingService();
    private CupsPdfQueue queue;

    @BeforeEach
    void needsTheCupsPdfQueue() {
        CupsPdfQueue.Found found = CupsPdfQueue.find(printing.printerNames());
        if (found.queue() == null) {
            String reason = "No CUPS PDF printer on this machine: " + found.whyNot();
            if (System.getenv("CI") != null) {
                throw new AssertionError(reason + " — CI must print for real (see .ci/run)");
            }
            Assumptions.abort(reason);
        }
        queue = found.queue();
    }

    @Test
    void coversSentAsPdfComeOutAsA4PagesAtActualSize() throws Exception {
        byte[] covers = PrintSamples.covers(2);
        Path pdf = Files.write(dir.resolve("covers.pdf"), covers);
        String token = token();

        long started = System.nanoTime();
        PrintRoute route = printing.print(pdf, queue.name(), token + " 案卷封面 2023年厦国动罚字第01号", 1);
        Path printed = queue.awaitPrinted(token, WAIT);

        assertThat(route).as("CUPS takes PDF itself").isEqualTo(PrintRoute.PDF);
        assertSamePaperAndInk(covers, printed);
        System.out.printf("printed as PDF in %d ms: %s%n", (System.nanoTime() - started) / 1_000_000, printed);
        Files.delete(printed); // kept only when a check fails, to be looked at
    }

    @Test
    void coversDrawnByTheProgramComeOutTheSame() throws Exception {
        byte[] covers = PrintSamples.covers(2);
        String token = token();

        long started = System.nanoTime();
        printing.print(covers, queue.name(), token + " 案卷封面", 1, PrintRoute.DRAWN_PAGES);
        Path printed = queue.awaitPrinted(token, WAIT);

        assertSamePaperAndInk(covers, printed);
        System.out.printf("printed as drawn pages in %d ms: %s%n", (System.nanoTime() - started) / 1_000_000,
                printed);
        Files.delete(printed);
    }

    /** An ASCII mark for the job name: cups-pdf writes Chinese in file names as octal escapes. */
    private static String token() {
        return "anjuan-it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Every page arrived, on A4 portrait paper, and the form's ink lies where it was drawn: a print shrunk to the
     * printer's margins or shifted would move the outer frame by millimetres.
     */
    private static void assertSamePaperAndInk(byte[] sent, Path printed) throws IOException {
        try (PDDocument original = Loader.loadPDF(sent); PDDocument paper = Loader.loadPDF(printed.toFile())) {
            assertThat(paper.getNumberOfPages()).isEqualTo(original.getNumberOfPages());
            for (PDPage page : paper.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(A4_WIDTH, offset(2f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(A4_HEIGHT, offset(2f));
            }
            PDFRenderer sentPages = new PDFRenderer(original);
            PDFRenderer printedPages = new PDFRenderer(paper);
            for (int i = 0; i < original.getNumberOfPages(); i++) {
                Rectangle drawn = ink(sentPages.renderImageWithDPI(i, DPI, ImageType.GRAY));
                Rectangle came = ink(printedPages.renderImageWithDPI(i, DPI, ImageType.GRAY));
                assertThat(came.isEmpty()).as("page %d is blank", i + 1).isFalse();
                assertThat(came.x).as("left edge of the ink, page %d", i + 1).isCloseTo(drawn.x, offset(2));
                assertThat(came.y).as("top edge of the ink, page %d", i + 1).isCloseTo(drawn.y, offset(2));
                assertThat(came.width).as("width of the ink, page %d", i + 1).isCloseTo(drawn.width, offset(2));
                assertThat(came.height).as("height of the ink, page %d", i + 1).isCloseTo(drawn.height, offset(2));
            }
        }
    }

    /** The smallest rectangle holding every pixel clearly darker than the paper. */
    private static Rectangle ink(BufferedImage page) {
        int left = page.getWidth();
        int top = page.getHeight();
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if ((page.getRGB(x, y) & 0xff) < 200) {
                    left = Math.min(left, x);
                    top = Math.min(top, y);
                    right = Math.max(right, x);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return right < 0 ? new Rectangle() : new Rectangle(left, top, right - left + 1, bottom - top + 1);
    }
}
