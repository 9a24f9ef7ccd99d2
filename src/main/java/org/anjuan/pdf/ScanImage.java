package org.anjuan.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The one image a scanned page consists of. Most scanners write a plain JPEG (DCTDecode, grey or RGB, no
 * mask, no decode array): its stored bytes are exactly a JPEG file, so they are handed to the decoder as
 * they are, on any thread, and their length per pixel is known without reading them. Anything else
 * (CCITT, JBIG2, Flate, masks, CMYK...) goes through PDFBox's own decoding, on the document's thread.
 */
final class ScanImage {

    private static final List<COSName> PLAIN_COLOUR_SPACES = List.of(COSName.DEVICEGRAY, COSName.DEVICERGB,
            COSName.CALGRAY, COSName.CALRGB, COSName.ICCBASED);

    private final PageSurvey.DrawnImage drawn;
    private final COSStream jpeg;

    ScanImage(PageSurvey.DrawnImage drawn) {
        this.drawn = drawn;
        this.jpeg = plainJpeg(drawn.image());
    }

    boolean isPlainJpeg() {
        return jpeg != null;
    }

    /** The stored size per pixel; only meaningful for a plain JPEG. */
    double bitsPerPixel() {
        return jpeg.getLength() * 8.0 / ((double) drawn.image().getWidth() * drawn.image().getHeight());
    }

    /** Grey and colour JPEGs of the same page compress differently, so they are compared apart. */
    int components() {
        COSBase cs = jpeg.getDictionaryObject(COSName.COLORSPACE, COSName.CS);
        if (cs instanceof COSArray array && array.size() >= 2) {
            if (array.getObject(1) instanceof COSStream profile) {
                return profile.getInt(COSName.N);
            }
            cs = array.getObject(0);
        }
        return COSName.DEVICEGRAY.equals(cs) || COSName.CALGRAY.equals(cs) ? 1 : 3;
    }

    /** The JPEG file as stored in the PDF: the stream's bytes before any filter, never re-encoded. */
    byte[] readJpeg() throws IOException {
        try (InputStream in = jpeg.createRawInputStream()) {
            return in.readAllBytes();
        }
    }

    PDImage image() {
        return drawn.image();
    }

    /** The scan's resolution on the page (pixels per millimetre, both axes averaged). */
    double pixelsPerMm() {
        double x = drawn.image().getWidth() / drawn.widthMm();
        double y = drawn.image().getHeight() / drawn.heightMm();
        return Math.sqrt(x * y);
    }

    private static COSStream plainJpeg(PDImage image) {
        if (!(image instanceof PDImageXObject xobject)) {
            return null;
        }
        COSStream stream = xobject.getCOSObject();
        COSBase filter = stream.getDictionaryObject(COSName.FILTER, COSName.F);
        boolean dctOnly = COSName.DCT_DECODE.equals(filter)
                || filter instanceof COSArray a && a.size() == 1 && COSName.DCT_DECODE.equals(a.getObject(0));
        boolean plain = dctOnly && stream.getDictionaryObject(COSName.DECODE, COSName.D) == null
                && stream.getDictionaryObject(COSName.SMASK) == null && stream.getDictionaryObject(COSName.MASK) == null
                && isPlainColourSpace(stream.getDictionaryObject(COSName.COLORSPACE, COSName.CS));
        return plain ? stream : null;
    }

    /** Separation, DeviceN, Lab and CMYK would need PDFBox's conversion; ICCBased with 1 or 3 channels not. */
    private static boolean isPlainColourSpace(COSBase cs) {
        if (cs instanceof COSName name) {
            return PLAIN_COLOUR_SPACES.contains(name) && !COSName.ICCBASED.equals(name);
        }
        if (cs instanceof COSArray array && array.size() >= 2 && array.getObject(0) instanceof COSName family
                && PLAIN_COLOUR_SPACES.contains(family)) {
            if (!COSName.ICCBASED.equals(family)) {
                return true;
            }
            return array.getObject(1) instanceof COSStream profile
                    && (profile.getInt(COSName.N) == 1 || profile.getInt(COSName.N) == 3);
        }
        return false;
    }
}
