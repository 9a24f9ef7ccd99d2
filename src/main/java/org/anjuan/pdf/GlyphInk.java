package org.anjuan.pdf;

import java.awt.geom.Rectangle2D;

/**
 * The inked box of a string of digits in the page-number font, from the glyph outlines' boxes the build
 * measured ({@link NumeralFont}), in thousandths of the font size.
 */
final class GlyphInk {

    private final Numerals numerals;

    GlyphInk(Numerals numerals) {
        this.numerals = numerals;
    }

    /** The union of the glyph outlines of {@code text} at {@code size}, relative to the baseline origin. */
    Rectangle2D of(String text, float size) {
        Rectangle2D ink = null;
        float pen = 0;
        float scale = size / 1000f;
        for (int i = 0; i < text.length(); i++) {
            Numerals.Glyph glyph = numerals.glyph(text.charAt(i));
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
}
