package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class NumeralFontTest {

    @Test
    void theBuildShipsTheDigitsCutFromTheArchiveFont() throws IOException {
        byte[] built;
        try (InputStream in = NumeralFont.class.getResourceAsStream(NumeralFont.RESOURCE)) {
            assertThat(in).as("the build step writes " + NumeralFont.RESOURCE).isNotNull();
            built = in.readAllBytes();
        }
        TrueTypeFont shipped = new TTFParser().parse(new RandomAccessReadBuffer(built));
        TrueTypeFont fresh = new TTFParser().parse(new RandomAccessReadBuffer(NumeralFont.cut()));
        assertThat(built.length).isLessThan(20_000);
        for (char digit : NumeralFont.DIGITS.toCharArray()) {
            int shippedGlyph = shipped.getUnicodeCmapLookup().getGlyphId(digit);
            int freshGlyph = fresh.getUnicodeCmapLookup().getGlyphId(digit);
            assertThat(shippedGlyph).as("glyph for %s", digit).isPositive();
            assertThat(shipped.getAdvanceWidth(shippedGlyph)).isEqualTo(fresh.getAdvanceWidth(freshGlyph));
            assertThat(shipped.getGlyph().getGlyph(shippedGlyph).getPath().getBounds2D())
                    .isEqualTo(fresh.getGlyph().getGlyph(freshGlyph).getPath().getBounds2D());
        }
        assertThat(shipped.getName()).isEqualTo(fresh.getName());
    }
}
