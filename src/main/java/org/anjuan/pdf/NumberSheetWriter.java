package org.anjuan.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.Corner;
import org.anjuan.domain.NumberPosition;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Number-only sheets (SPEC §3): A4 pages that carry nothing but a page number, where the stamp would put
 * it, for a clerk to feed paper originals through a printer. The offsets calibrate one printer's feed.
 */
public final class NumberSheetWriter {

    /** A volume holds about 200 pages; ten times that is a typing mistake, not a print job. */
    public static final int MAX_PAGES = 2000;

    private final NumberStamp style;

    public NumberSheetWriter() {
        this(NumberStamp.DEFAULT);
    }

    public NumberSheetWriter(NumberStamp style) {
        this.style = style;
    }

    /**
     * @param offsetXmm moves every number right (negative: left), in millimetres
     * @param offsetYmm moves every number down (negative: up), as a clerk measures on the printed sheet
     */
    public void write(Path out, int from, int to, NumberPosition position, double offsetXmm, double offsetYmm) {
        if (from < 1) {
            throw new AnjuanException("sheets.from.invalid", Integer.toString(from));
        }
        if (to < from) {
            throw new AnjuanException("sheets.range.invalid", Integer.toString(from),
                    Integer.toString(to));
        }
        if ((long) to - from + 1 > MAX_PAGES) {
            throw new AnjuanException("sheets.tooMany", Long.toString((long) to - from + 1),
                    Integer.toString(MAX_PAGES));
        }
        if (!Double.isFinite(offsetXmm) || !Double.isFinite(offsetYmm)) {
            throw new AnjuanException("sheets.offset.invalid", Double.toString(offsetXmm),
                    Double.toString(offsetYmm));
        }
        Corner corner = position.front();
        PDRectangle a4 = PDRectangle.A4;
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = NumeralFont.load(document);
            GlyphInk ink = new GlyphInk(font);
            for (int n = from; n <= to; n++) {
                String text = Integer.toString(n);
                NumberLayout layout = NumberLayout.of(ink, text, corner, style, a4.getWidth(), a4.getHeight(),
                        Millimetres.toPoints(offsetXmm), -Millimetres.toPoints(offsetYmm));
                if (!layout.fits(corner, style, a4.getWidth(), a4.getHeight())) {
                    throw new AnjuanException("sheets.offset.outside", Double.toString(offsetXmm),
                            Double.toString(offsetYmm), Long.toString(Math.round(style.bindingMarginMm())));
                }
                PDPage page = new PDPage(a4);
                document.addPage(page);
                // no white box: it would not print, and the paper under it is white already
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, style.fontSize());
                    content.newLineAtOffset(layout.textX(), layout.textY());
                    content.showText(text);
                    content.endText();
                }
            }
            AtomicFiles.save(document, out);
        } catch (IOException e) {
            throw new AnjuanException(e, "pdf.writeFailed", out.toString(), String.valueOf(e.getMessage()));
        }
    }
}
