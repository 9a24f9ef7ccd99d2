package org.anjuan.app;

import java.nio.file.Path;
import java.util.List;
import org.anjuan.pdf.PdfJoin;
import org.anjuan.pdf.PdfPreview;

/**
 * Several forms, each for its own target, one after another in one PDF: what the window's print centre shows,
 * saves and sends as one job (the covers of three volumes, then their directories). What was previewed is
 * what is saved or printed: the bytes rendered once are handed back here, not rendered again.
 */
public final class PrintBatch {

    /** One form for one target, as {@link PrintCentre#render} takes them. */
    public record Part(PrintForm form, PrintTarget target) {
    }

    private final PrintCentre centre;

    public PrintBatch(PrintCentre centre) {
        this.centre = centre;
    }

    /** The parts rendered in the order given and joined; the first refusal refuses the whole batch. */
    public byte[] render(List<Part> parts, PrintCentre.Offsets offsets) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to render");
        }
        return PdfJoin.join(parts.stream().map(p -> centre.render(p.form(), p.target(), offsets)).toList());
    }

    /** How many pages a rendered batch has. */
    public int pageCount(byte[] pdf) {
        return PdfPreview.pageCount(pdf);
    }

    /** Writes a rendered batch to {@code out}, beside it first and then moved into place; returns its pages. */
    public int save(byte[] pdf, Path out) {
        PrintCentre.write(pdf, out);
        return pageCount(pdf);
    }
}
