package org.anjuan.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ProgressListener;
import org.anjuan.domain.ScannedPage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Reads a scanned material page by page: visual size, rotation, A4 or what to do instead (第五条), blank or
 * not. Opens the file through {@link ScanOpener}, so a file the archive could not bind is refused here
 * already, with the same message. Reads only; the file is never changed.
 */
public final class PdfInspector {

    private final BlankPageDetector blankPages;

    public PdfInspector() {
        this(new BlankPageDetector());
    }

    public PdfInspector(BlankPageDetector blankPages) {
        this.blankPages = blankPages;
    }

    /** @throws CancellationException when {@code progress} asks to stop */
    public List<ScannedPage> inspect(Path pdf, ProgressListener progress) {
        try (PDDocument document = ScanOpener.open(pdf)) {
            return inspect(document, pdf.toString(), progress);
        } catch (IOException e) {
            throw new AnjuanException(e, "pdf.corrupt", pdf.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** The same for a scan {@link ScanOpener} has opened already; the caller closes it. */
    List<ScannedPage> inspect(PDDocument document, String name, ProgressListener progress) {
        try {
            if (document.getNumberOfPages() == 0) {
                throw new AnjuanException("pdf.noPages", name);
            }
            boolean[] blank = blankPages.blankPages(document, progress);
            List<ScannedPage> pages = new ArrayList<>(blank.length);
            int i = 0;
            for (PDPage page : document.getPages()) {
                PageGeometry g = PageGeometry.of(page);
                pages.add(ScannedPage.of(i + 1, g.widthMm(), g.heightMm(), g.rotation(), blank[i]));
                i++;
            }
            return pages;
        } catch (AnjuanException | CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            // PDFBox reads lazily: a damaged page tree or object shows only now
            throw new AnjuanException(e, "pdf.corrupt", name, String.valueOf(e.getMessage()));
        }
    }
}
