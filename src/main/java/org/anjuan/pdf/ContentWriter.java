package org.anjuan.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.NumberFormatUtil;

/**
 * A few content-stream operators, written byte for byte as PDFBox's PDPageContentStream writes them (numbers
 * to five decimals, an operator per line), and appended to a page as PDPageContentStream's APPEND mode does.
 * Stamping a number needs eleven operators; a PDPageContentStream per page sets up a NumberFormat each time,
 * which on a cold start cost more than the rest of the stamping.
 */
final class ContentWriter {

    /** PDAbstractContentStream's precision. */
    private static final int FRACTION_DIGITS = 5;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(192);
    private final byte[] digits = new byte[32];

    /** The six numbers of {@code matrix} and {@code cm}. */
    ContentWriter transform(Matrix matrix) {
        double[] m = new double[6];
        matrix.createAffineTransform().getMatrix(m);
        for (double value : m) {
            operands((float) value);
        }
        return operator("cm");
    }

    ContentWriter operands(float... values) {
        for (float value : values) {
            if (!Float.isFinite(value)) {
                throw new IllegalArgumentException(value + " is not a finite number");
            }
            int length = NumberFormatUtil.formatFloatFast(value, FRACTION_DIGITS, digits);
            if (length == -1) {
                bytes.writeBytes(slowly(value).getBytes(StandardCharsets.US_ASCII));
            } else {
                bytes.write(digits, 0, length);
            }
            bytes.write(' ');
        }
        return this;
    }

    ContentWriter name(COSName name) {
        try {
            name.writePDF(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        bytes.write(' ');
        return this;
    }

    /** A string operand, already in the font's encoding. */
    ContentWriter string(byte[] encoded) {
        try {
            COSWriter.writeString(encoded, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write(' ');
        return this;
    }

    ContentWriter operator(String operator) {
        bytes.writeBytes(operator.getBytes(StandardCharsets.US_ASCII));
        bytes.write('\n');
        return this;
    }

    /** Adds the operators as a new, uncompressed content stream after the page's others. */
    void appendTo(PDPage page, PDDocument document) throws IOException {
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream()) {
            bytes.writeTo(out);
        }
        if (!page.hasContents()) {
            page.setContents(stream);
            return;
        }
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        COSArray array;
        if (contents instanceof COSArray existing) {
            array = existing;
        } else {
            array = new COSArray();
            array.add(contents);
        }
        array.add(stream);
        page.getCOSObject().setItem(COSName.CONTENTS, array);
    }

    /** What PDFBox falls back on for a number its fast path cannot write (beyond ±2^63 / 10^5). */
    private static String slowly(float value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMaximumFractionDigits(FRACTION_DIGITS);
        format.setGroupingUsed(false);
        return format.format(value);
    }
}
