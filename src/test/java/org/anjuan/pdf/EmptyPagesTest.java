package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmptyPagesTest {

    @TempDir
    Path dir;

    @Test
    void onlyPagesThatPaintNothingAreEmpty() throws IOException {
        Path pdf = dir.resolve("mixed.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4)); // no content at all
            PDPage stateOnly = new PDPage(PDRectangle.A4);
            document.addPage(stateOnly);
            stateOnly.setContents(TestScans.content(document, "q 1 0 0 1 10 10 cm 0.5 g Q"));
            PDPage painted = new PDPage(PDRectangle.A4);
            document.addPage(painted);
            painted.setContents(TestScans.darkPaper(document, PDRectangle.A4, ""));
            document.save(pdf.toFile());
        }

        assertThat(new EmptyPages().find(pdf)).containsExactly(true, true, false);
    }

    @Test
    void aScannedBlankSheetStillPaintsItsPaperSoItIsNotEmpty() {
        Path sample = dir.resolve("sample.pdf");
        new SampleScanWriter().write(sample, 2, OptionalInt.of(2));

        // telling such a page from one with writing is the scanned-page detector's job
        assertThat(new EmptyPages().find(sample)).containsExactly(false, false);
    }
}
