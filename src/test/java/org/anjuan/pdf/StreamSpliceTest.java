package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scanned images move into a saved volume file to file, byte for byte, and the volume still reads as a PDF. */
class StreamSpliceTest {

    @TempDir
    Path dir;

    @Test
    void aVolumeTakesTheScansImagesOverUntouchedAndStillRenders() throws IOException {
        Path scanA = scan("a.pdf", 3, 11);
        Path scanB = scan("b.pdf", 2, 29);
        Path volumeFile = dir.resolve("volume.pdf");
        long spliced;
        List<byte[]> expected = new ArrayList<>();
        try (PDDocument a = ScanOpener.open(scanA); PDDocument b = ScanOpener.open(scanB);
             PDDocument volume = new PDDocument()) {
            volume.importPage(b.getPage(1)); // pages from two scans, in any order
            for (PDPage page : a.getPages()) {
                volume.importPage(page);
            }
            volume.importPage(b.getPage(0));
            for (PDPage page : volume.getPages()) {
                expected.add(rawImage(page));
            }
            spliced = AtomicFiles.save(volume, volumeFile);
            // after a splice the scans read as before, and a second save splices again
            assertThat(rawImage(a.getPage(0))).isEqualTo(expected.get(1));
            assertThat(AtomicFiles.save(volume, dir.resolve("again.pdf"))).isEqualTo(spliced);
        }

        long imageBytes = expected.stream().mapToLong(bytes -> bytes.length).sum();
        assertThat(spliced).as("every image went file to file").isEqualTo(imageBytes);
        try (PDDocument saved = Loader.loadPDF(volumeFile.toFile())) {
            assertThat(saved.getNumberOfPages()).isEqualTo(5);
            for (int i = 0; i < 5; i++) {
                assertThat(rawImage(saved.getPage(i))).as("image of page %d", i + 1).isEqualTo(expected.get(i));
            }
            // the offsets PDFBox counted stay true: the last page's image decodes and renders
            assertThat(new PDFRenderer(saved).renderImageWithDPI(4, 20).getWidth()).isPositive();
        }
    }

    @Test
    void aSaveWithNothingToTakeOverWritesAsUsual() throws IOException {
        Path file = dir.resolve("empty.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            assertThat(AtomicFiles.save(document, file)).isZero();
        }
        try (PDDocument saved = Loader.loadPDF(file.toFile())) {
            assertThat(saved.getNumberOfPages()).isEqualTo(1);
        }
    }

    private Path scan(String name, int pages, long seed) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                ScanPdfs.addScan(document, ScanImagePainter.Sheet.values()[i % ScanImagePainter.Sheet.values().length],
                        seed + i, 210, 297, 100, false);
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static byte[] rawImage(PDPage page) throws IOException {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                try (InputStream in = image.getCOSObject().createRawInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no image on the page");
    }
}
