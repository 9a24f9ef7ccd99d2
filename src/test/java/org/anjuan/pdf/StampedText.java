package org.anjuan.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text PDFBox extracts from one page, glyph by glyph, with positions as the viewer sees the page. */
final class StampedText extends PDFTextStripper {

    /** One glyph: its text, its box in visual points (origin top left, y down), its direction and code. */
    record Glyph(String text, float x, float y, float width, float height, float dir, int code) {
    }

    private final List<Glyph> glyphs = new ArrayList<>();

    private StampedText() {
    }

    static List<Glyph> of(Path pdf, int pageIndex) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            StampedText stripper = new StampedText();
            stripper.setStartPage(pageIndex + 1);
            stripper.setEndPage(pageIndex + 1);
            stripper.getText(document);
            return stripper.glyphs;
        }
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            glyphs.add(new Glyph(p.getUnicode(), p.getX(), p.getY(), p.getWidth(), p.getHeight(), p.getDir(),
                    p.getCharacterCodes()[0]));
        }
    }
}
