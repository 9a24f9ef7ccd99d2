package org.anjuan.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.anjuan.domain.AnjuanException;

/**
 * The stored picture of a signature: the ink cropped to its box with a small margin, drawn {@value #SCALE} times
 * the pad's resolution (a 600-unit wide signature becomes 1,800 pixels: over 700 dpi in a 6 cm cell on the
 * printed register), in dark blue-black on a transparent or white ground, as PNG. Drawn with Java2D, so it needs
 * neither the FX thread nor a screen.
 */
public final class SignatureImage {

    /** The ground under the ink. Transparent lets the register's ruled lines show through; white is for viewers. */
    public enum Ground { TRANSPARENT, WHITE }

    static final int SCALE = 3;
    /** No side of the picture is longer than this, however large the pad (a wall screen): the register needs no more. */
    static final int LONGEST_SIDE = 4000;
    /** Pad units left around the ink when cropping. */
    static final double MARGIN = 8;
    /** Ink colour: the blue-black of a signing pen, which prints dark on a black-and-white printer. */
    static final Color INK = new Color(0x14, 0x1e, 0x3c);

    private SignatureImage() {
    }

    /** The signature as PNG bytes; refused in Chinese when the pad holds no signature yet. */
    public static byte[] png(SignatureStrokes ink, Ground ground) {
        BufferedImage image = render(ink, ground);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage render(SignatureStrokes ink, Ground ground) {
        if (!ink.isSigned()) {
            throw new AnjuanException("ledger.ui.signature.empty");
        }
        SignatureStrokes.Bounds box = ink.bounds();
        double w = box.width() + 2 * MARGIN;
        double h = box.height() + 2 * MARGIN;
        double scale = Math.min(SCALE, LONGEST_SIDE / Math.max(w, h));
        int width = (int) Math.ceil(w * scale);
        int height = (int) Math.ceil(h * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            if (ground == Ground.WHITE) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(scale, scale);
            g.translate(MARGIN - box.minX(), MARGIN - box.minY());
            g.setColor(INK);
            for (SignatureStrokes.Segment s : ink.segments()) {
                g.setStroke(new BasicStroke((float) s.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                Path2D.Double path = new Path2D.Double();
                path.moveTo(s.x0(), s.y0());
                path.quadTo(s.cx(), s.cy(), s.x1(), s.y1());
                g.draw(path);
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
