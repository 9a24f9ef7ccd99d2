package org.anjuan.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A signature as the signing pad gives it: dark strokes on a transparent PNG. */
public final class SignaturePng {

    private SignaturePng() {
    }

    /** A scrawl of strokes across a 300 × 120 picture; {@code blank} gives the same picture with no ink. */
    public static byte[] drawn(boolean blank) {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
        if (!blank) {
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(10, 20, 90));
            g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            int[] xs = {20, 60, 90, 130, 170, 200, 240, 280};
            int[] ys = {90, 20, 100, 30, 95, 25, 85, 40};
            g.drawPolyline(xs, ys, xs.length);
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] drawn() {
        return drawn(false);
    }
}
