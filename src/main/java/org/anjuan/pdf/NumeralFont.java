package org.anjuan.pdf;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The archive font ({@link ArchiveFont}) cut down to the ten digits, as PDF objects. A page number needs
 * nothing else. Parsing the whole 17 MB font costs a quarter of a second; even the cut, parsed, costs a
 * command's first page number ≈ 20 ms of class loading and the time-zone data a font's dates need. So the
 * build ({@link #main}) makes the font's objects once — the cut embedded whole (it is the subset), its widths
 * and ToUnicode map, by PDFBox's own embedder — and notes each digit's code, advance and inked box, all in
 * one small PDF in the jar; stamping copies those objects into the document and parses no font. A class path
 * without that file (an IDE run) makes it once per process. The glyphs, metrics and name are the archive
 * font's own.
 */
final class NumeralFont {

    static final String DIGITS = "0123456789";
    static final String RESOURCE = "/org/anjuan/fonts/numerals.pdf";
    /** The subset tag (PDF 32000 §9.6.4): the font holds ten glyphs of the archive font, always the same ten. */
    static final String TAG = "ANJUAN+";
    /** In the catalog of the built file: /Font, the Type 0 font, and /Glyphs, digit → [code advance x y w h]. */
    private static final COSName NUMERALS = COSName.getPDFName("AnjuanNumerals");
    private static final COSName GLYPHS = COSName.getPDFName("Glyphs");
    /**
     * What a horizontal run of digits needs. Leaving out GSUB and the vertical metrics matters: PDFBox runs
     * every string through the substitution rules of a font that has them, which costs more than drawing it.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap",
            "name", "OS/2", "post");
    private static volatile byte[] built;

    private NumeralFont() {
    }

    /** Copies the digits' font into {@code document} (new objects of its own), with each digit's metrics. */
    static Numerals copyInto(PDDocument document) {
        try (PDDocument made = Loader.loadPDF(built())) {
            COSDictionary numerals = made.getDocumentCatalog().getCOSObject().getCOSDictionary(NUMERALS);
            COSDictionary font = (COSDictionary) copy(numerals.getDictionaryObject(COSName.FONT), document,
                    new IdentityHashMap<>());
            COSDictionary glyphs = numerals.getCOSDictionary(GLYPHS);
            Map<Character, Numerals.Glyph> byDigit = new HashMap<>();
            for (char digit : DIGITS.toCharArray()) {
                float[] g = ((COSArray) glyphs.getDictionaryObject(String.valueOf(digit))).toFloatArray();
                int code = (int) g[0];
                byDigit.put(digit, new Numerals.Glyph(new byte[] {(byte) (code >> 8), (byte) code}, g[1],
                        new Rectangle2D.Float(g[2], g[3], g[4], g[5])));
            }
            return new Numerals(font, byDigit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Build step: writes the digits' font to {@code args[0]} + {@link #RESOURCE}, inside the classes folder. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0], RESOURCE.substring(1));
        Files.createDirectories(out.getParent());
        Files.write(out, make());
    }

    private static byte[] built() throws IOException {
        byte[] b = built;
        if (b == null) {
            synchronized (NumeralFont.class) {
                if (built == null) {
                    try (InputStream shipped = NumeralFont.class.getResourceAsStream(RESOURCE)) {
                        built = shipped != null ? shipped.readAllBytes() : make();
                    }
                }
                b = built;
            }
        }
        return b;
    }

    /** The file the build ships: the cut embedded by PDFBox, tagged as the subset it is, and the digits' metrics. */
    static byte[] make() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, new TTFParser().parse(new RandomAccessReadBuffer(cut())),
                    false);
            String name = TAG + font.getName();
            PDCIDFontType2 cidFont = (PDCIDFontType2) font.getDescendantFont();
            PDFontDescriptor descriptor = cidFont.getFontDescriptor();
            font.getCOSObject().setName(COSName.BASE_FONT, name);
            cidFont.getCOSObject().setName(COSName.BASE_FONT, name);
            descriptor.setFontName(name);
            COSDictionary glyphs = new COSDictionary();
            for (char digit : DIGITS.toCharArray()) {
                byte[] bytes = font.encode(String.valueOf(digit));
                int code = (bytes[0] & 0xff) << 8 | bytes[1] & 0xff;
                Rectangle2D box = font.getNormalizedPath(code).getBounds2D();
                COSArray glyph = new COSArray();
                for (double v : new double[] {code, font.getWidth(code), box.getX(), box.getY(), box.getWidth(),
                        box.getHeight()}) {
                    glyph.add(new COSFloat((float) v));
                }
                glyphs.setItem(String.valueOf(digit), glyph);
            }
            COSDictionary numerals = new COSDictionary();
            numerals.setItem(COSName.FONT, font);
            numerals.setItem(GLYPHS, glyphs);
            document.getDocumentCatalog().getCOSObject().setItem(NUMERALS, numerals);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The archive font cut to the digits. */
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

    /**
     * {@code base} as new objects of {@code target}: dictionaries, arrays and streams copied (streams as stored,
     * still compressed), shared objects copied once; names, numbers and the like are values and are shared.
     */
    private static COSBase copy(COSBase base, PDDocument target, Map<COSBase, COSBase> copied) throws IOException {
        COSBase source = base instanceof COSObject indirect ? indirect.getObject() : base;
        COSBase done = copied.get(source);
        if (done != null) {
            return done;
        }
        if (source instanceof COSStream stream) {
            COSStream into = target.getDocument().createCOSStream();
            copied.put(source, into);
            copyEntries(stream, into, target, copied);
            try (InputStream in = stream.createRawInputStream(); OutputStream out = into.createRawOutputStream()) {
                in.transferTo(out);
            }
            return into;
        }
        if (source instanceof COSDictionary dictionary) {
            COSDictionary into = new COSDictionary();
            copied.put(source, into);
            copyEntries(dictionary, into, target, copied);
            return into;
        }
        if (source instanceof COSArray array) {
            COSArray into = new COSArray();
            copied.put(source, into);
            for (int i = 0; i < array.size(); i++) {
                into.add(copy(array.get(i), target, copied));
            }
            return into;
        }
        if (source instanceof COSString string) {
            return new COSString(string.getBytes());
        }
        return source;
    }

    private static void copyEntries(COSDictionary from, COSDictionary into, PDDocument target,
                                    Map<COSBase, COSBase> copied) throws IOException {
        for (Map.Entry<COSName, COSBase> entry : from.entrySet()) {
            if (!entry.getKey().equals(COSName.LENGTH)) { // a stream's: set again as its bytes are written
                into.setItem(entry.getKey(), copy(entry.getValue(), target, copied));
            }
        }
    }
}
