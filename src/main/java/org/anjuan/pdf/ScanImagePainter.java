package org.anjuan.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Paints what a document scanner delivers for one sheet, for tests and benchmarks: off-white paper with
 * sensor noise, a grey shadow along the scanner's edge, two punch holes on the binding side, a few dust
 * specks, and then whatever the sheet carries (lines of Chinese text, one faint line, a red seal, a
 * signature). The same seed gives the same pixels. Call the parts in any order, then {@link #image()} or
 * {@link #jpeg(float, boolean)}; noise is added once, at the end, over ink and paper alike, as a sensor does.
 */
public final class ScanImagePainter {

    /** What a whole sheet carries; see {@link #page}. */
    public enum Sheet { TEXT, BLANK, FAINT, SEAL, SIGNATURE, DARK }

    private static final double MM_PER_INCH = 25.4;
    private static final String WORDS = "案卷材料归档整理装订页号目录备考表行政执法处罚决定书送达回证调查询问笔录"
            + "当事人承办部门立案审批现场检查证据清单听证告知陈述申辩复议诉讼罚款缴纳执行情况说明经审查依照规定"
            + "本机关认为违法事实清楚责令限期改正国防动员人民防空工程建设单位负责人签字盖章年月日";

    private final BufferedImage image;
    private final Graphics2D g;
    private final SplittableRandom random;
    private final double pxPerMm;
    private final int paper;
    private boolean noised;

    /**
     * @param paperGrey the paper's brightness, 0–255: about 243 for office paper, lower for recycled or
     *                  yellowed sheets
     */
    public ScanImagePainter(long seed, double widthMm, double heightMm, int dpi, int paperGrey) {
        this.pxPerMm = dpi / MM_PER_INCH;
        this.random = new SplittableRandom(seed);
        this.paper = paperGrey;
        this.image = new BufferedImage(px(widthMm), px(heightMm), BufferedImage.TYPE_INT_RGB);
        this.g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // paper is slightly yellow: blue a little lower than red, as on the benchmark's scans
        g.setColor(new Color(paper, clamp(paper - 2), clamp(paper - 8)));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
    }

    /** A whole sheet of the given kind, with the scanner's marks; A4 unless other sizes are given. */
    public static ScanImagePainter page(Sheet sheet, long seed, double widthMm, double heightMm, int dpi) {
        ScanImagePainter p = new ScanImagePainter(seed, widthMm, heightMm, dpi, sheet == Sheet.DARK ? 150 : 243);
        p.edgeShadow().punchHoles().dust(2 + (int) (seed & 3));
        switch (sheet) {
            case TEXT -> p.textLines(1.0);
            case FAINT -> p.faintLine(185);
            case SEAL -> p.seal();
            case SIGNATURE -> p.signature();
            case DARK -> p.textLines(0.6);
            case BLANK -> { }
        }
        return p;
    }

    /** The scanner lid's shadow: a few millimetres along the right edge, darkening towards the edge. */
    public ScanImagePainter edgeShadow() {
        int w = Math.max(4, px(3));
        g.setPaint(new GradientPaint(image.getWidth() - w, 0, new Color(paper, paper, paper, 0),
                image.getWidth(), 0, new Color(0, 0, 0, 90)));
        g.fillRect(image.getWidth() - w, 0, w, image.getHeight());
        return this;
    }

    /** Two 6 mm holes, 80 mm apart, centred 12 mm from the left edge (ISO 838), seen as grey discs. */
    public ScanImagePainter punchHoles() {
        g.setColor(new Color(90, 90, 90));
        double r = 3 * pxPerMm;
        double cx = 12 * pxPerMm;
        for (int side : new int[] {-1, 1}) {
            double cy = image.getHeight() / 2.0 + side * 40 * pxPerMm;
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        }
        return this;
    }

    /** Specks of dust on the glass: one or two pixels across, mid-grey. */
    public ScanImagePainter dust(int specks) {
        g.setColor(new Color(150, 150, 150));
        for (int i = 0; i < specks; i++) {
            double r = 1 + random.nextInt(2);
            double x = random.nextInt(image.getWidth());
            double y = random.nextInt(image.getHeight());
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
        return this;
    }

    /** Body text (10.5 pt, 五号) in near-black, over the given share of the type area; a title on top. */
    public ScanImagePainter textLines(double share) {
        double left = 28;
        double right = widthMm() - 26;
        double top = 37;
        double y = top + 8;
        g.setColor(new Color(30, 30, 35));
        g.setFont(font(16));
        text(left + 30, y, words(12));
        y += 14;
        g.setFont(font(10.5));
        int perLine = (int) ((right - left) / (10.5 * 25.4 / 72));
        double bottom = top + (heightMm() - top - 35) * share;
        for (int line = 0; y < bottom; line++, y += 6.5) {
            boolean paragraphEnd = random.nextInt(8) == 0;
            int indent = line == 0 || paragraphEnd ? 2 : 0;
            int n = paragraphEnd ? 3 + random.nextInt(perLine - 3) : perLine - indent;
            text(left + indent * 3.7, y, words(n));
        }
        return this;
    }

    /** One short line of text in light grey, as a pale pencil note or a worn copy shows it. */
    public ScanImagePainter faintLine(int grey) {
        g.setColor(new Color(grey, grey, grey));
        g.setFont(font(10.5));
        text(60, heightMm() * 0.4, words(6));
        return this;
    }

    /** A round red official seal (公章): a ring and a five-pointed star, 42 mm across. */
    public ScanImagePainter seal() {
        double cx = (widthMm() - 60) * pxPerMm;
        double cy = (heightMm() - 70) * pxPerMm;
        double r = 21 * pxPerMm;
        g.setColor(new Color(200, 40, 40));
        g.setStroke(new BasicStroke((float) (1.2 * pxPerMm)));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.fill(star(cx, cy, 6 * pxPerMm));
        return this;
    }

    /** A handwritten signature in blue-black ink: one looping stroke about 35 mm long. */
    public ScanImagePainter signature() {
        Path2D.Double path = new Path2D.Double();
        double x = (widthMm() - 80) * pxPerMm;
        double y = (heightMm() - 60) * pxPerMm;
        path.moveTo(x, y);
        for (int i = 1; i <= 12; i++) {
            double dx = i * 3 * pxPerMm;
            double dy = (i % 2 == 0 ? -1 : 1) * (2 + random.nextInt(4)) * pxPerMm;
            path.quadTo(x + dx - 1.5 * pxPerMm, y + 2 * dy, x + dx, y + dy / 3);
        }
        g.setColor(new Color(25, 35, 80));
        g.setStroke(new BasicStroke((float) (0.4 * pxPerMm), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        return this;
    }

    /** The finished scan: sensor noise (grey levels, standard deviation {@code sigma}) added once. */
    public BufferedImage image(double sigma) {
        if (!noised) {
            noised = true;
            addNoise(sigma);
        }
        return image;
    }

    public BufferedImage image() {
        return image(2.0);
    }

    /** JPEG bytes as a scanner writes them (JFIF, 4:2:0 colour, or one grey channel). */
    public byte[] jpeg(float quality, boolean grey) {
        BufferedImage source = image();
        if (grey) {
            BufferedImage gray = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            gray.getGraphics().drawImage(source, 0, 0, null);
            source = gray;
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(source, null, null), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    public double widthMm() {
        return image.getWidth() / pxPerMm;
    }

    public double heightMm() {
        return image.getHeight() / pxPerMm;
    }

    private void addNoise(double sigma) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        // a table of Gaussian offsets indexed at random: nextGaussian for 4 million pixels per page would
        // make generating a 400-page benchmark file take minutes
        int[] table = new int[4096];
        for (int i = 0; i < table.length; i++) {
            table[i] = (int) Math.round(random.nextGaussian() * sigma);
        }
        for (int i = 0; i < pixels.length; i++) {
            int n = table[random.nextInt(table.length)];
            int p = pixels[i];
            pixels[i] = clamp((p >> 16 & 0xFF) + n) << 16 | clamp((p >> 8 & 0xFF) + n) << 8 | clamp((p & 0xFF) + n);
        }
    }

    private void text(double xMm, double baselineMm, String s) {
        g.drawString(s, (float) (xMm * pxPerMm), (float) (baselineMm * pxPerMm));
    }

    private String words(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(WORDS.charAt(random.nextInt(WORDS.length())));
        }
        return s.toString();
    }

    private Font font(double points) {
        return Fonts.BODY.deriveFont((float) (points / 72 * MM_PER_INCH * pxPerMm));
    }

    private static Path2D star(double cx, double cy, double r) {
        Path2D.Double star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double radius = i % 2 == 0 ? r : r * 0.4;
            double x = cx + radius * Math.cos(angle);
            double y = cy + radius * Math.sin(angle);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        return star;
    }

    private int px(double mm) {
        return (int) Math.round(mm * pxPerMm);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** The archive font of fonts/, loaded once: it has the Chinese glyphs whatever the machine has installed. */
    private static final class Fonts {
        static final Font BODY = load();

        private static Font load() {
            try (InputStream in = ScanImagePainter.class.getResourceAsStream(ArchiveFont.RESOURCE)) {
                if (in == null) {
                    throw new IOException("font missing from the class path: " + ArchiveFont.RESOURCE);
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
