package org.anjuan.pdf;

import java.io.IOException;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.Corner;
import org.anjuan.domain.PageNumber;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Stamps page numbers onto the pages of one open document, as real text in the archive font over a white
 * box, in the page's visual corner. It only adds: a content stream before and after the page's own (which
 * stay as they are, images untouched) and a font in the page's own copy of its resources.
 */
public final class PageStamper {

    private final PDDocument document;
    private final NumberStamp style;
    private final PDType0Font font;
    private final GlyphInk ink;
    private final ContentFence fence;

    /**
     * Loads the archive font's digits into {@code document} once; every number stamped shares the subset,
     * which {@link #subsetFont} writes.
     */
    public PageStamper(PDDocument document, NumberStamp style) {
        this.document = document;
        this.style = style;
        this.font = NumeralFont.load(document);
        this.ink = new GlyphInk(font);
        this.fence = new ContentFence(document);
    }

    /** Stamps {@code number} on {@code page}; a page without a number is left alone. */
    public void stamp(PDPage page, PageNumber number) {
        if (!number.isNumbered()) {
            return;
        }
        Corner corner = number.corner().orElseThrow();
        VisualPage visual = VisualPage.of(page);
        try {
            NumberLayout layout = NumberLayout.of(ink, number.text(), corner, style, visual.width(),
                    visual.height(), 0, 0);
            if (!layout.fits(corner, style, visual.width(), visual.height())) {
                throw new AnjuanException("stamp.noRoom", Integer.toString(number.index() + 1),
                        number.text(), Long.toString(Math.round(Millimetres.fromPoints(visual.width()))),
                        Long.toString(Math.round(Millimetres.fromPoints(visual.height()))),
                        Long.toString(Math.round(style.bindingMarginMm())));
            }
            fence.fence(page);
            useOwnResources(page);
            COSName fontName = page.getResources().add(font);
            byte[] text = font.encode(number.text());
            number.text().codePoints().forEach(font::addToSubset);
            // what PDPageContentStream would write, uncompressed: a hundred bytes gain nothing from Flate
            new ContentWriter()
                    .transform(visual.toUser())
                    .operands(1f).operator("g")
                    .operands((float) layout.box().getX(), (float) layout.box().getY(),
                            (float) layout.box().getWidth(), (float) layout.box().getHeight()).operator("re")
                    .operator("f")
                    .operator("BT")
                    .operands(0f).operator("g")
                    .name(fontName).operands(style.fontSize()).operator("Tf")
                    .operands(layout.textX(), layout.textY()).operator("Td")
                    .string(text).operator("Tj")
                    .operator("ET")
                    .appendTo(page, document);
            page.getCOSObject().setNeedToBeUpdated(true); // for an incremental save
        } catch (IOException e) {
            throw new AnjuanException(e, "stamp.failed", Integer.toString(number.index() + 1),
                    String.valueOf(e.getMessage()));
        }
    }

    /**
     * Builds the font subset from the digits stamped; call it once, after the last page, before the document
     * is written (by {@link PDDocument#save} or {@link IncrementalUpdate}): PDFBox only subsets by itself the
     * fonts set through a PDPageContentStream, which this class does without.
     */
    void subsetFont() throws IOException {
        if (font.willBeSubset()) {
            font.subset();
        }
    }

    /**
     * Gives the page its own resource dictionary and font dictionary (shallow copies of what it had, own or
     * inherited from the page tree), so adding the font cannot change what any other page refers to.
     */
    private static void useOwnResources(PDPage page) {
        PDResources current = page.getResources();
        COSDictionary own = new COSDictionary();
        COSDictionary fonts = new COSDictionary();
        if (current != null) {
            own.addAll(current.getCOSObject());
            COSDictionary oldFonts = current.getCOSObject().getCOSDictionary(COSName.FONT);
            if (oldFonts != null) {
                fonts.addAll(oldFonts);
            }
        }
        own.setItem(COSName.FONT, fonts);
        page.setResources(new PDResources(own));
    }
}
