package org.anjuan.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The archive font ({@link ArchiveFont}) cut down to the ten digits. A page number needs nothing else, and
 * parsing the whole 17 MB font costs a quarter of a second, more than stamping four hundred pages; so the
 * build cuts it once ({@link #main}) into the jar, and a class path without that cut (an IDE run) cuts it
 * once per process. The glyphs, metrics and name are the archive font's own.
 */
final class NumeralFont {

    static final String DIGITS = "0123456789";
    static final String RESOURCE = "/org/anjuan/fonts/numerals.ttf";
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

    /**
     * Parses the digits once on a thread of its own, while the caller opens a scan: the first parse in a
     * process costs ≈ 20 ms of class loading and the time-zone data the font's dates need, the next one
     * almost nothing. The parse itself is dropped; a font that cannot be read fails in {@link #load}.
     */
    static void prepareInBackground() {
        Thread parser = new Thread(() -> {
            try {
                new TTFParser().parse(new RandomAccessReadBuffer(bytes())).close();
            } catch (IOException | RuntimeException reportedByLoad) {
                // load() parses again and says what is wrong
            }
        }, "numeral font");
        parser.setDaemon(true);
        parser.start();
    }

    /** Build step: writes the cut to {@code args[0]} + {@link #RESOURCE}, inside the classes folder. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0], RESOURCE.substring(1));
        Files.createDirectories(out.getParent());
        Files.write(out, cut());
    }

    private static byte[] bytes() throws IOException {
        byte[] b = bytes;
        if (b == null) {
            synchronized (NumeralFont.class) {
                if (bytes == null) {
                    try (InputStream built = NumeralFont.class.getResourceAsStream(RESOURCE)) {
                        bytes = built != null ? built.readAllBytes() : cut();
                    }
                }
                b = bytes;
            }
        }
        return b;
    }

    static byte[] cut() throws IOException {
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
