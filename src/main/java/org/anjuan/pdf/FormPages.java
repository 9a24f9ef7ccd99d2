package org.anjuan.pdf;

import org.anjuan.domain.CoverSheet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The three forms every bound volume carries (GB/T 9705, standards.md §1.7 order: 封面 → 卷内目录 → documents →
 * 备考表), drawn as A4 portrait pages appended to {@code doc} in the font given ({@link ArchiveFont#load}).
 * None of these pages takes a case page number.
 */
public final class FormPages {

    /** Appends the 案卷封面: one page. */
    public void addCover(PDDocument doc, PDFont font, CoverSheet cover) {
        new CoverPage(cover).addTo(doc, new TextLayout(font));
    }

    /** The empty 45 × 45 mm square at the cover's lower right, in points, kept free for the archive number's code. */
    public static PDRectangle coverCodeArea() {
        PDRectangle a = CoverPage.CODE_AREA;
        return new PDRectangle(a.getLowerLeftX(), a.getLowerLeftY(), a.getWidth(), a.getHeight());
    }
}
