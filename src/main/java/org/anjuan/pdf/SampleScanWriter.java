package org.anjuan.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Random;
import org.anjuan.domain.AnjuanException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a believable "scanned" A4 material for samples and tests: tinted paper, a header line, grey bars
 * for lines of text and a red seal on the last page. The same file name and page count always give the
 * same bytes, so sample folders can be rebuilt without showing changes.
 */
public final class SampleScanWriter {

    private static final long SEED = 20230306L;

    public void write(Path target, int pages) {
        write(target, pages, OptionalInt.empty());
    }

    /** @param blankPage a page (from 1) left without writing, as the back of a one-sided sheet would be */
    public void write(Path target, int pages, OptionalInt blankPage) {
        if (pages < 1 || blankPage.isPresent() && (blankPage.getAsInt() < 1 || blankPage.getAsInt() > pages)) {
            throw new IllegalArgumentException("pages " + pages + ", blank page " + blankPage);
        }
        Random random = new Random(SEED + 31L * target.getFileName().toString().hashCode() + pages);
        try (PDDocument document = new PDDocument()) {
            document.setDocumentId(SEED); // otherwise PDFBox derives the file ID from the clock
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    ScanPainter painter = new ScanPainter(content, random);
                    painter.paper();
                    if (blankPage.isEmpty() || blankPage.getAsInt() != i) {
                        painter.writing(i, pages);
                        if (i == pages) {
                            painter.seal();
                        }
                    }
                }
            }
            AtomicFiles.save(document, target);
        } catch (IOException e) {
            throw new AnjuanException(e, "pdf.writeFailed", target.toString(), String.valueOf(e.getMessage()));
        }
    }
}
