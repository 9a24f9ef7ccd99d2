package org.anjuan.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.anjuan.domain.AnjuanException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The simplest blank-page rule: a page whose content paints nothing at all. It never calls a page with
 * writing blank (a missed blank page only gets a number it should not have, which the clerk can
 * override); telling a scanned blank sheet from a written one is the job of a real detector.
 */
public final class EmptyPages {

    /** Operators that put marks on the page: painting paths, text, images, shadings, XObjects. */
    private static final Set<String> PAINTING = Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh",
            "Do", "BI", "Tj", "TJ", "'", "\"");

    /** One entry per page, true where the page draws nothing. */
    public boolean[] find(Path pdf) {
        try (PDDocument document = ScanOpener.open(pdf)) {
            boolean[] empty = new boolean[document.getNumberOfPages()];
            int i = 0;
            for (PDPage page : document.getPages()) {
                empty[i++] = drawsNothing(page);
            }
            return empty;
        } catch (IOException e) {
            throw new AnjuanException(e, "pdf.corrupt", pdf.toString(), String.valueOf(e.getMessage()));
        }
    }

    static boolean drawsNothing(PDPage page) {
        boolean[] paints = {false};
        boolean readable = ContentOperators.walk(page, op -> {
            paints[0] = PAINTING.contains(op);
            return !paints[0];
        });
        return readable && !paints[0]; // content we cannot read might draw something
    }
}
