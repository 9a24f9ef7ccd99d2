package org.anjuan.pdf;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;

/**
 * The page-number font as it sits in one document: its font dictionary (a Type 0 font, Identity-H, the ten
 * digits embedded) and, per digit, the code that shows it, how far it advances the pen and its inked box.
 */
final class Numerals {

    /**
     * One digit, in thousandths of the font size.
     *
     * @param code    the bytes that show it (two: Identity-H)
     * @param advance how far it moves the pen
     * @param box     its outline's box, relative to the pen
     */
    record Glyph(byte[] code, float advance, Rectangle2D box) {
    }

    private final COSDictionary font;
    private final Map<Character, Glyph> glyphs;

    Numerals(COSDictionary font, Map<Character, Glyph> glyphs) {
        this.font = font;
        this.glyphs = Map.copyOf(glyphs);
    }

    /** The font dictionary, an object of the document: pages share it. */
    COSDictionary font() {
        return font;
    }

    Glyph glyph(char digit) {
        Glyph glyph = glyphs.get(digit);
        if (glyph == null) {
            throw new IllegalArgumentException("not a digit of the page-number font: '" + digit + "'");
        }
        return glyph;
    }

    /** The bytes a Tj operator shows {@code digits} with. */
    byte[] encode(String digits) {
        ByteArrayOutputStream codes = new ByteArrayOutputStream(digits.length() * 2);
        for (int i = 0; i < digits.length(); i++) {
            codes.writeBytes(glyph(digits.charAt(i)).code());
        }
        return codes.toByteArray();
    }
}
