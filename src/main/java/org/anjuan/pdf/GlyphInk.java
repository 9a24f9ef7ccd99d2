package org.anjuan.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The inked box of a string in one font, from the glyph outlines, in thousandths of the font size. Outlines
 * are measured once per character: a volume repeats the same ten digits hundreds of times.
 */
final class GlyphInk {

    /** One glyph: its outline's box and how far it advances the pen. */
    private record Glyph(Rectangle2D box, float advance) {
    }

    private final PDType0Font font;
    private final Map<Integer, Glyph> glyphs = new HashMap<>();

    GlyphInk(PDType0Font font) {
        this.font = font;
    }

    /** The union of the glyph outlines of {@code text} at {@code size}, relative to the baseline origin. */
    Rectangle2D of(String text, float size) throws IOException {
        Rectangle2D ink = null;
        float pen = 0;
        float scale = size / 1000f;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            Glyph glyph = glyph(codePoint);
            Rectangle2D box = glyph.box();
            Rectangle2D placed = new Rectangle2D.Double((pen + box.getX()) * scale, box.getY() * scale,
                    box.getWidth() * scale, box.getHeight() * scale);
            ink = ink == null ? placed : ink.createUnion(placed);
            pen += glyph.advance();
        }
        if (ink == null || ink.isEmpty()) {
            throw new IllegalArgumentException("nothing to stamp: \"" + text + "\"");
        }
        return ink;
    }

    private Glyph glyph(int codePoint) throws IOException {
        Glyph glyph = glyphs.get(codePoint);
        if (glyph == null) {
            byte[] bytes = font.encode(new String(Character.toChars(codePoint)));
            int code = 0;
            for (byte b : bytes) {
                code = code << 8 | b & 0xff;
            }
            glyph = new Glyph(font.getNormalizedPath(code).getBounds2D(), font.getWidth(code));
            glyphs.put(codePoint, glyph);
        }
        return glyph;
    }
}
