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

/**
 * Stamps page numbers onto the pages of one open document, as real text in the archive font over a white
 * box, in the page's visual corner. It only adds: a content stream before and after the page's own (which
 * stay as they are, images untouched) and a font in the page's own copy of its resources.
 */
public final class PageStamper {

    private static final COSName FONT_NAME = COSName.getPDFName("AnjuanNumerals");

    private final PDDocument document;
    private final NumberStamp style;
    private final Numerals numerals;
    private final GlyphInk ink;
    private final ContentFence fence;

    /** Puts the archive font's digits into {@code document} once; every number stamped shares them. */
    public PageStamper(PDDocument document, NumberStamp style) {
        this.document = document;
        this.style = style;
        this.numerals = NumeralFont.copyInto(document);
        this.ink = new GlyphInk(numerals);
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
            COSName fontName = addFont(page);
            byte[] text = numerals.encode(number.text());
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

    /** Names the digits' font in the page's own font dictionary, by a name the page does not use yet. */
    private COSName addFont(PDPage page) {
        COSDictionary fonts = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
        COSName name = FONT_NAME;
        for (int i = 2; fonts.containsKey(name); i++) {
            name = COSName.getPDFName(FONT_NAME.getName() + i);
        }
        fonts.setItem(name, numerals.font());
        return name;
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
