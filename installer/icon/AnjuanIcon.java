import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the program's icon — a dark red case-file cover with a cream label carrying 卷 in the archive font — and
 * writes it as anjuan.png (256 px, Linux menu and window) and anjuan.ico (256/48/32/16 px, Windows).
 * Run by installer/build.sh and installer/windows/build.ps1 as a single-file program, so no picture is committed:
 *
 * <pre>java installer/icon/AnjuanIcon.java fonts/AR-PL-UMing-CN.ttf OUT_DIR</pre>
 */
public final class AnjuanIcon {

    private AnjuanIcon() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java AnjuanIcon.java FONT.ttf OUT_DIR");
            System.exit(2);
        }
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        ImageIO.write(draw(256, font), "png", out.resolve("anjuan.png").toFile());
        List<byte[]> pngs = new ArrayList<>();
        int[] sizes = {256, 48, 32, 16};
        for (int size : sizes) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(draw(size, font), "png", png);
            pngs.add(png.toByteArray());
        }
        try (OutputStream ico = Files.newOutputStream(out.resolve("anjuan.ico"))) {
            writeIco(ico, sizes, pngs);
        }
    }

    static BufferedImage draw(int size, Font font) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size / 256.0;
        // the cover, with a darker spine on the left as on a bound volume
        g.setColor(new Color(0x9B, 0x1C, 0x1C));
        g.fill(new RoundRectangle2D.Double(20 * s, 8 * s, 216 * s, 240 * s, 28 * s, 28 * s));
        g.setColor(new Color(0x6E, 0x12, 0x12));
        g.fill(new RoundRectangle2D.Double(20 * s, 8 * s, 36 * s, 240 * s, 28 * s, 28 * s));
        g.fillRect((int) Math.round(44 * s), (int) Math.round(8 * s), (int) Math.ceil(12 * s), (int) Math.round(240 * s));
        // the cream label
        g.setColor(new Color(0xF6, 0xEE, 0xD9));
        g.fill(new RoundRectangle2D.Double(76 * s, 44 * s, 140 * s, 168 * s, 12 * s, 12 * s));
        if (size >= 32) {
            g.setColor(new Color(0x6E, 0x12, 0x12));
            g.setStroke(new BasicStroke((float) Math.max(1, 3 * s)));
            g.draw(new RoundRectangle2D.Double(84 * s, 52 * s, 124 * s, 152 * s, 8 * s, 8 * s));
        }
        // 卷 on the label
        Font glyph = font.deriveFont(Font.BOLD, (float) (118 * s));
        g.setFont(glyph);
        FontMetrics m = g.getFontMetrics();
        String text = "卷";
        int x = (int) Math.round(146 * s - m.stringWidth(text) / 2.0);
        int y = (int) Math.round(128 * s + (m.getAscent() - m.getDescent()) / 2.0);
        g.setColor(new Color(0x30, 0x08, 0x08));
        g.drawString(text, x, y);
        g.dispose();
        return img;
    }

    /** An .ico holding PNG images (read by Windows Vista and later, and by jpackage's WiX build). */
    static void writeIco(OutputStream os, int[] sizes, List<byte[]> pngs) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        out.writeShort(0);
        out.writeShort(Short.reverseBytes((short) 1));
        out.writeShort(Short.reverseBytes((short) sizes.length));
        int offset = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            out.writeByte(sizes[i] >= 256 ? 0 : sizes[i]);
            out.writeByte(sizes[i] >= 256 ? 0 : sizes[i]);
            out.writeByte(0);
            out.writeByte(0);
            out.writeShort(Short.reverseBytes((short) 1));
            out.writeShort(Short.reverseBytes((short) 32));
            out.writeInt(Integer.reverseBytes(pngs.get(i).length));
            out.writeInt(Integer.reverseBytes(offset));
            offset += pngs.get(i).length;
        }
        for (byte[] png : pngs) {
            out.write(png);
        }
        out.flush();
    }
}
