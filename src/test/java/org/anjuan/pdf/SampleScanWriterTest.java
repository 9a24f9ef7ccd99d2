package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleScanWriterTest {

    @TempDir
    Path dir;

    private final SampleScanWriter writer = new SampleScanWriter();

    @Test
    void writesA4PagesWithAHeaderLine() throws IOException {
        Path pdf = dir.resolve("decision.pdf");

        writer.write(pdf, 3);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.01f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.01f));
            }
            assertThat(pageText(document, 2)).contains("Sample scan \u2014 page 2 of 3");
        }
        assertThat(new PdfPages().count(pdf)).isEqualTo(3);
    }

    @Test
    void sealsOnlyTheLastPageInRed() throws IOException {
        Path pdf = dir.resolve("notice.pdf");

        writer.write(pdf, 2);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(content(document.getPage(0))).doesNotContain(" RG");
            assertThat(content(document.getPage(1))).contains("0.85 0.12 0.12 RG");
        }
    }

    @Test
    void leavesTheBlankPageWithoutWriting() throws IOException {
        Path pdf = dir.resolve("record.pdf");

        writer.write(pdf, 3, OptionalInt.of(2));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(pageText(document, 2)).isBlank();
            assertThat(pageText(document, 3)).contains("page 3 of 3");
        }
    }

    @Test
    void writesTheSameSmallFileEveryTime() throws IOException {
        Path first = Files.createDirectories(dir.resolve("a")).resolve("photos.pdf");
        Path second = Files.createDirectories(dir.resolve("b")).resolve("photos.pdf");

        writer.write(first, 4);
        writer.write(second, 4);

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(Files.size(first)).isLessThan(4 * 4096L);
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFiles() throws IOException {
        Path pdf = Files.writeString(dir.resolve("old.pdf"), "old");

        writer.write(pdf, 1);

        assertThat(new PdfPages().count(pdf)).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(pdf);
        }
    }

    @Test
    void refusesAPageCountBelowOneAndABlankPageOutsideTheScan() {
        assertThatThrownBy(() -> writer.write(dir.resolve("x.pdf"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.write(dir.resolve("x.pdf"), 2, OptionalInt.of(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static String content(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
