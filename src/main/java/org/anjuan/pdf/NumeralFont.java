package org.anjuan.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The archive font ({@link ArchiveFont}) cut down to the ten digits, once per process. A page number needs
 * nothing else, and loading the whole 17 MB font into each document costs more than stamping a hundred
 * pages; this cut loads in about a millisecond. The glyphs, metrics and name are the archive font's own.
 */
final class NumeralFont {

    static final String DIGITS = "0123456789";
    /**
     * What a horizontal run of digits needs. Leaving out GSUB and the vertical metrics matters: PDFBox runs
     * every string through the substitution rules of a font that has them, which costs more than drawing it.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap",
            "name", "OS/2", "post");
    private static volatile byte[] bytes;

    private NumeralFont() {
    }

    /** Loads the digits into {@code document} as a subset; the subset is written when the document is saved. */
    static PDType0Font load(PDDocument document) {
        try {
            return PDType0Font.load(document, new TTFParser().parse(new RandomAccessReadBuffer(bytes())), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes() throws IOException {
        byte[] b = bytes;
        if (b == null) {
            synchronized (NumeralFont.class) {
                if (bytes == null) {
                    bytes = cut();
                }
                b = bytes;
            }
        }
        return b;
    }

    private static byte[] cut() throws IOException {
        try (PDDocument scratch = new PDDocument()) {
            TrueTypeFont full = ((PDCIDFontType2) ArchiveFont.load(scratch).getDescendantFont()).getTrueTypeFont();
            TTFSubsetter subsetter = new TTFSubsetter(full, TABLES);
            DIGITS.chars().forEach(subsetter::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }
}
