package org.anjuan.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.anjuan.domain.AnjuanException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Counts the pages of a scanned material, after {@link ScanOpener} has checked it can be bound at all. */
public final class PdfPages {

    public int count(Path pdf) {
        String name = pdf.toString();
        try (PDDocument document = ScanOpener.open(pdf)) {
            return count(document, name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof AnjuanException refusal) {
                throw refusal;
            }
            throw new AnjuanException(e, "pdf.corrupt", name, String.valueOf(e.getMessage()));
        }
    }

    /** The pages of an open scan; refuses one without any. */
    static int count(PDDocument document, String name) {
        int pages = 0;
        for (PDPage ignored : document.getPages()) {
            pages++; // walking the page tree, not trusting /Count, catches a damaged tree
        }
        if (pages == 0) {
            throw new AnjuanException("pdf.noPages", name);
        }
        return pages;
    }
}
