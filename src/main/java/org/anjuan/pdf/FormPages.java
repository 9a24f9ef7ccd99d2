package org.anjuan.pdf;

import java.util.List;
import org.anjuan.domain.BackSheet;
import org.anjuan.domain.CoverSheet;
import org.anjuan.domain.DirectoryRow;
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

    /** How many pages {@link #addDirectory} will append for these rows, known before anything is drawn. */
    public int directoryPageCount(PDFont font, List<DirectoryRow> rows) {
        return new DirectoryLayout(new TextLayout(font)).pages(rows).size();
    }

    /** Appends the 卷内目录; rows are never split across pages, the header row is on every page. */
    public void addDirectory(PDDocument doc, PDFont font, String archiveNumber, List<DirectoryRow> rows) {
        TextLayout text = new TextLayout(font);
        new DirectoryPages(archiveNumber, new DirectoryLayout(text).pages(rows)).addTo(doc, text);
    }

    /** Appends the 卷内备考表: one page, more when the notes do not fit. */
    public void addBackSheet(PDDocument doc, PDFont font, BackSheet sheet) {
        new BackSheetPage(sheet).addTo(doc, new TextLayout(font));
    }

    /** The empty 45 × 45 mm square at the cover's lower right, in points, kept free for the archive number's code. */
    public static PDRectangle coverCodeArea() {
        PDRectangle a = CoverPage.CODE_AREA;
        return new PDRectangle(a.getLowerLeftX(), a.getLowerLeftY(), a.getWidth(), a.getHeight());
    }
}
