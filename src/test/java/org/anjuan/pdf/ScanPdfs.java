package org.anjuan.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Builds scanned pages the way scanner software does: one JPEG per page, embedded as it is (DCTDecode). */
public final class ScanPdfs {

    public static final float POINTS_PER_MM = 72 / 25.4f;

    private ScanPdfs() {
    }

    /** Adds a page of the given size covered by the JPEG, its bytes copied into the file untouched. */
    public static PDPage addScan(PDDocument doc, byte[] jpeg, double widthMm, double heightMm) throws IOException {
        float w = (float) (widthMm * POINTS_PER_MM);
        float h = (float) (heightMm * POINTS_PER_MM);
        PDPage page = new PDPage(new PDRectangle(w, h));
        doc.addPage(page);
        PDImageXObject image = JPEGFactory.createFromByteArray(doc, jpeg);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.drawImage(image, 0, 0, w, h);
        }
        return page;
    }

    /** A painted sheet of the given kind as a scanned page. */
    public static PDPage addScan(PDDocument doc, ScanImagePainter.Sheet sheet, long seed, double widthMm,
                                 double heightMm, int dpi, boolean grey) throws IOException {
        byte[] jpeg = ScanImagePainter.page(sheet, seed, widthMm, heightMm, dpi).jpeg(0.5f, grey);
        return addScan(doc, jpeg, widthMm, heightMm);
    }
}
