package org.anjuan.report;

import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRPrintText;

/**
 * The number on a filled 页号单 page with its white margin (the field's padding around the digits), in points
 * from the top-left corner of the sheet. Calibration offsets must leave it on the paper and out of the binding
 * margin, where a number would be hidden once the sheet is bound (第五条: about 15 mm along the left edge).
 */
record SheetNumberBox(Rectangle2D box) {

    static final double BINDING_MARGIN_MM = 15;
    private static final double POINTS_PER_MM = 72 / 25.4;
    /** As JasperReports measures text: anti-aliased, fractional metrics. */
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    /** The box of a right-aligned number field as filled, before the offsets. */
    static SheetNumberBox of(JRPrintText field) {
        JRLineBox padding = field.getLineBox();
        double advance = FormText.font().deriveFont(field.getFontSize())
                .getStringBounds(field.getFullText(), MEASURE).getWidth();
        double right = field.getX() + field.getWidth();
        double left = right - padding.getRightPadding() - advance - padding.getLeftPadding();
        return new SheetNumberBox(new Rectangle2D.Double(left, field.getY(), right - left, field.getHeight()));
    }

    /** True when the box, moved right by {@code dx} and down by {@code dy} points, is where a number may print. */
    boolean fits(int dx, int dy, int pageWidth, int pageHeight) {
        double margin = BINDING_MARGIN_MM * POINTS_PER_MM;
        return box.getMinX() + dx >= margin && box.getMaxX() + dx <= pageWidth
                && box.getMinY() + dy >= 0 && box.getMaxY() + dy <= pageHeight;
    }
}
