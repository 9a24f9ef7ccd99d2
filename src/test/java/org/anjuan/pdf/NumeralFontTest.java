package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** The build ships the digits of the archive font as PDF objects, with each digit's code, advance and ink. */
class NumeralFontTest {

    @Test
    void theBuildShipsTheDigitsCutFromTheArchiveFont() throws IOException {
        try (InputStream in = NumeralFont.class.getResourceAsStream(NumeralFont.RESOURCE)) {
            assertThat(in).as("the build step writes " + NumeralFont.RESOURCE).isNotNull();
            assertThat(in.readAllBytes().length).isLessThan(20_000);
        }
        TrueTypeFont fresh = new TTFParser().parse(new RandomAccessReadBuffer(NumeralFont.cut()));
        try (PDDocument document = new PDDocument()) {
            Numerals numerals = NumeralFont.copyInto(document);
            PDType0Font font = new PDType0Font(numerals.font());
            PDCIDFontType2 cidFont = (PDCIDFontType2) font.getDescendantFont();
            COSStream file = (COSStream) cidFont.getFontDescriptor().getFontFile2().getCOSObject();
            TrueTypeFont shipped = new TTFParser().parse(new RandomAccessReadBuffer(file.createInputStream()));

            assertThat(font.getName()).isEqualTo(NumeralFont.TAG + fresh.getName()).matches("[A-Z]{6}\\+UMingCN");
            assertThat(font.isEmbedded()).isTrue();
            for (char digit : NumeralFont.DIGITS.toCharArray()) {
                Numerals.Glyph glyph = numerals.glyph(digit);
                byte[] code = font.encode(String.valueOf(digit));
                int cid = (code[0] & 0xff) << 8 | code[1] & 0xff;
                int freshGlyph = fresh.getUnicodeCmapLookup().getGlyphId(digit);
                assertThat(glyph.code()).as("code for %s", digit).isEqualTo(code);
                assertThat(shipped.getUnicodeCmapLookup().getGlyphId(digit)).isEqualTo(freshGlyph).isPositive();
                assertThat(font.toUnicode(cid)).isEqualTo(String.valueOf(digit));
                assertThat(glyph.advance()).isEqualTo(font.getWidth(cid))
                        .isCloseTo(fresh.getAdvanceWidth(freshGlyph) * 1000f / fresh.getUnitsPerEm(), within(0.5f));
                Rectangle2D outline = font.getNormalizedPath(cid).getBounds2D();
                assertThat(glyph.box().getX()).isCloseTo(outline.getX(), within(0.01));
                assertThat(glyph.box().getY()).isCloseTo(outline.getY(), within(0.01));
                assertThat(glyph.box().getWidth()).isCloseTo(outline.getWidth(), within(0.01)).isPositive();
                assertThat(glyph.box().getHeight()).isCloseTo(outline.getHeight(), within(0.01)).isPositive();
            }
        }
    }
}
