package org.anjuan.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/** Builds small "scans" in code: pages painted dark grey all over, with any box, rotation and CropBox. */
final class TestScans {

    static final float MM = (float) (72 / 25.4);
    static final PDRectangle A4 = PDRectangle.A4;
    static final PDRectangle A4_LANDSCAPE = new PDRectangle(A4.getHeight(), A4.getWidth());

    private TestScans() {
    }

    /** One page of a test scan. */
    record Spec(PDRectangle media, PDRectangle crop, int rotation) {

        static Spec a4() {
            return new Spec(A4, null, 0);
        }

        static Spec rotated(int rotation) {
            return new Spec(A4, null, rotation);
        }

        static Spec landscape() {
            return new Spec(A4_LANDSCAPE, null, 0);
        }

        /** A page scanned with a border: the MediaBox is larger, the CropBox shows A4 starting off 0,0. */
        static Spec cropped(int rotation) {
            return new Spec(new PDRectangle(-20, -30, A4.getWidth() + 90, A4.getHeight() + 110),
                    new PDRectangle(25, 40, A4.getWidth(), A4.getHeight()), rotation);
        }
    }

    static Path write(Path file, Spec... pages) throws IOException {
        return write(file, "", pages);
    }

    /** @param trailer operators appended to every page's content, e.g. an unbalanced "q 0.5 0 0 0.5 0 0 cm" */
    static Path write(Path file, String trailer, Spec... pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (Spec spec : pages) {
                PDPage page = new PDPage(spec.media());
                if (spec.crop() != null) {
                    page.setCropBox(spec.crop());
                }
                page.setRotation(spec.rotation());
                document.addPage(page);
                page.setContents(darkPaper(document, page.getMediaBox(), trailer));
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** Dark paper over the whole MediaBox, so only the stamp's white box can show white. */
    static PDStream darkPaper(PDDocument document, PDRectangle m, String trailer) throws IOException {
        return content(document, String.format(Locale.ROOT, "0.25 g %.2f %.2f %.2f %.2f re f\n%s\n",
                m.getLowerLeftX(), m.getLowerLeftY(), m.getWidth(), m.getHeight(), trailer));
    }

    /** A content stream holding exactly {@code operators}. */
    static PDStream content(PDDocument document, String operators) throws IOException {
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream()) {
            out.write(operators.getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }
}
