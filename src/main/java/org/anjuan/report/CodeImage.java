package org.anjuan.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import org.anjuan.barcode.ModuleMatrix;

/**
 * A QR code drawn as vector squares, the largest square that fits the image element, centred in it. In the PDF it
 * is one filled path, sharp at any printer resolution; each row's run of dark modules is one rectangle, and all
 * are filled together so that no rasteriser shows seams between neighbours.
 */
final class CodeImage extends AbstractRenderer implements Graphics2DRenderable {

    private static final long serialVersionUID = 1L;

    private final int width;
    private final int height;
    /** Dark runs as (x, y, length) triples, in modules. */
    private final int[] runs;

    CodeImage(ModuleMatrix matrix) {
        this.width = matrix.width();
        this.height = matrix.height();
        int[] found = new int[16];
        int n = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; ) {
                if (!matrix.dark(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (matrix.dark(x, y)) {
                    x++;
                }
                if (n + 3 > found.length) {
                    found = Arrays.copyOf(found, found.length * 2);
                }
                found[n++] = start;
                found[n++] = y;
                found[n++] = x - start;
            }
        }
        this.runs = Arrays.copyOf(found, n);
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
        double module = Math.min(area.getWidth() / width, area.getHeight() / height);
        double left = area.getX() + (area.getWidth() - module * width) / 2;
        double top = area.getY() + (area.getHeight() - module * height) / 2;
        Path2D.Double dark = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (int i = 0; i < runs.length; i += 3) {
            dark.append(new Rectangle2D.Double(left + runs[i] * module, top + runs[i + 1] * module,
                    runs[i + 2] * module, module), false);
        }
        g.setColor(Color.BLACK);
        g.fill(dark);
    }
}
