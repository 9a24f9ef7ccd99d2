package org.anjuan.pdf;

import java.io.IOException;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Paints one imitation scanned page. Coordinates are PDF points, origin bottom left. */
final class ScanPainter {

    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    /** Writing keeps clear of the ~15 mm binding margin on the left (第五条) and of the page-number corner. */
    private static final float LEFT = 72;
    private static final float RIGHT = WIDTH - 64;
    private static final float BEZIER_CIRCLE = 0.5523f;

    private final PDPageContentStream content;
    private final Random random;

    ScanPainter(PDPageContentStream content, Random random) {
        this.content = content;
        this.random = random;
    }

    /** Off-white paper, a little different on each sheet as real scans are. */
    void paper() throws IOException {
        float shade = 0.95f + random.nextFloat() * 0.03f;
        content.setNonStrokingColor(shade, shade - 0.01f, shade - 0.05f);
        content.addRect(0, 0, WIDTH, HEIGHT);
        content.fill();
    }

    void writing(int page, int pages) throws IOException {
        content.beginText();
        content.setNonStrokingColor(0.35f, 0.35f, 0.35f);
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
        content.newLineAtOffset(LEFT, HEIGHT - 48);
        content.showText("Sample scan \u2014 page " + page + " of " + pages);
        content.endText();
        float y = HEIGHT - 110;
        if (page == 1) {
            bar(WIDTH / 2 - 110, y, 220, 9, 0.25f); // the document's title
            y -= 44;
        }
        float bottom = page == pages ? 260 : 90;
        boolean paragraphStart = true;
        while (y > bottom) {
            float indent = paragraphStart ? 24 : 0;
            boolean paragraphEnd = random.nextInt(5) == 0;
            float length = (RIGHT - LEFT - indent) * (paragraphEnd ? 0.2f + random.nextFloat() * 0.6f : 1);
            bar(LEFT + indent, y, length, 5, 0.55f + random.nextFloat() * 0.12f);
            paragraphStart = paragraphEnd;
            y -= 21;
        }
    }

    /** A red round seal (公章) over the signature line. */
    void seal() throws IOException {
        bar(RIGHT - 190, 200, 140, 5, 0.5f);
        float cx = RIGHT - 110;
        float cy = 190;
        content.setStrokingColor(0.85f, 0.12f, 0.12f);
        content.setLineWidth(3.5f);
        circle(cx, cy, 46);
        content.setLineWidth(1.2f);
        circle(cx, cy, 38);
        content.setNonStrokingColor(0.85f, 0.12f, 0.12f);
        star(cx, cy, 13);
    }

    private void star(float cx, float cy, float r) throws IOException {
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            float radius = i % 2 == 0 ? r : r * 0.4f;
            float x = cx + (float) (radius * Math.cos(angle));
            float y = cy + (float) (radius * Math.sin(angle));
            if (i == 0) {
                content.moveTo(x, y);
            } else {
                content.lineTo(x, y);
            }
        }
        content.closePath();
        content.fill();
    }

    private void bar(float x, float y, float length, float height, float grey) throws IOException {
        content.setNonStrokingColor(grey, grey, grey);
        content.addRect(x, y, length, height);
        content.fill();
    }

    private void circle(float cx, float cy, float r) throws IOException {
        float k = r * BEZIER_CIRCLE;
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        content.stroke();
    }
}
