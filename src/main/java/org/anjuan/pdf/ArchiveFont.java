package org.anjuan.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Chinese font of fonts/ (AR PL UMing CN), shipped inside the jar so every PDF looks the same on every
 * machine. Its bytes are read once per process; each document parses its own copy (a parsed font reads
 * from one stream and is not safe to share between threads) and embeds only the glyphs it uses.
 */
public final class ArchiveFont {

    public static final String RESOURCE = "/org/anjuan/fonts/AR-PL-UMing-CN.ttf";
    private static volatile byte[] bytes;

    private ArchiveFont() {
    }

    /** Loads the font into {@code doc} as a subset; the subset is written when the document is saved. */
    public static PDType0Font load(PDDocument doc) {
        try {
            return PDType0Font.load(doc, new TTFParser().parse(new RandomAccessReadBuffer(bytes())), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes() throws IOException {
        byte[] b = bytes;
        if (b == null) {
            synchronized (ArchiveFont.class) {
                if (bytes == null) {
                    try (InputStream in = ArchiveFont.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IOException("font missing from the class path: " + RESOURCE);
                        }
                        bytes = in.readAllBytes();
                    }
                }
                b = bytes;
            }
        }
        return b;
    }
}
