package org.anjuan.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.anjuan.domain.AnjuanException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Small pictures of scanned pages for the clerk's material list, rendered as the page is seen (rotation applied). */
public final class PageThumbnails {

    /** Renders page {@code index} (0-based) of {@code pdf} about {@code widthPx} wide. */
    public BufferedImage render(Path pdf, int index, int widthPx) {
        try (PDDocument doc = ScanOpener.open(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            renderer.setSubsamplingAllowed(true); // a thumbnail needs a fraction of a 200 dpi scan's pixels
            float widthPt = doc.getPage(index).getRotation() % 180 == 0
                    ? doc.getPage(index).getCropBox().getWidth() : doc.getPage(index).getCropBox().getHeight();
            return renderer.renderImage(index, widthPx / widthPt, ImageType.RGB);
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new AnjuanException(e, "pdf.corrupt", pdf.toString(), String.valueOf(e.getMessage()));
        }
    }
}
