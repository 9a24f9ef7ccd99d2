package org.anjuan.pdf;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * What a viewer shows: the page rendered at 72 dpi (one pixel per point) after its CropBox and /Rotate.
 * A second opinion beside the text positions, because it does not go through the text extractor at all.
 */
final class VisualRaster {

    private VisualRaster() {
    }

    static BufferedImage render(Path pdf, int pageIndex) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(document).renderImage(pageIndex, 1f, ImageType.GRAY);
        }
    }

    /** The bounding box of the white pixels (origin top left), or null when there are none. */
    static Rectangle white(BufferedImage image) {
        Rectangle box = null;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) > 240) {
                    box = box == null ? new Rectangle(x, y, 1, 1) : box.union(new Rectangle(x, y, 1, 1));
                }
            }
        }
        return box;
    }

    /** How many dark pixels (the digits) lie inside {@code box}. */
    static int dark(BufferedImage image, Rectangle box) {
        int dark = 0;
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                if ((image.getRGB(x, y) & 0xff) < 200) { // thin Song strokes come out grey at 72 dpi
                    dark++;
                }
            }
        }
        return dark;
    }
}
