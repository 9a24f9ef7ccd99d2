package org.anjuan.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Walks a page's content (and its annotations' appearances) without rendering it, and sorts what it draws:
 * visible text or a painted mark is writing at once, and the walk stops there; images are collected for the
 * scan check. What is not writing: text in render mode 3 (the invisible OCR layer scanners put over the
 * image), whitespace glyphs, clipping paths, and fills or strokes in a paper colour (a white or off-white
 * background rectangle, as some scanner software and {@link SampleScanWriter} paint).
 */
final class PageSurvey extends org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine {

    /** Lighter than this in every channel, and nearly neutral, is the colour of paper, not of ink. */
    private static final float PAPER_MIN = 0.85f;
    private static final float PAPER_MAX_TINT = 0.10f;

    /** An image as the page draws it; {@code coverage} is the share of the visible page it covers. */
    record DrawnImage(PDImage image, double coverage, double widthMm, double heightMm) {
    }

    /** What the page draws: {@code writing} names the first mark found, or is null. */
    record Result(String writing, List<DrawnImage> images) {
    }

    private final PDRectangle visible;
    private final List<DrawnImage> images = new ArrayList<>();
    private final Point2D.Float current = new Point2D.Float();

    private PageSurvey(PDPage page) {
        super(page);
        this.visible = PageGeometry.of(page).box();
    }

    static Result of(PDPage page) throws IOException {
        PageSurvey survey = new PageSurvey(page);
        try {
            survey.processPage(page);
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (!annotation.isHidden() && !annotation.isNoView()) {
                    survey.showAnnotation(annotation);
                }
            }
        } catch (Found found) {
            return new Result(found.getMessage(), List.copyOf(survey.images));
        }
        return new Result(null, List.copyOf(survey.images));
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        String unicode = font.toUnicode(code);
        if (unicode != null && unicode.isBlank()) {
            return;
        }
        if (mode.isFill() && !isPaper(getGraphicsState().getNonStrokingColor())
                || mode.isStroke() && !isPaper(getGraphicsState().getStrokingColor())) {
            throw new Found("text");
        }
    }

    @Override
    public void drawImage(PDImage image) throws IOException {
        if (image.isStencil()) {
            paint(getGraphicsState().getNonStrokingColor(), "stencil mask");
            return;
        }
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        Rectangle2D drawn = ctm.createAffineTransform().createTransformedShape(new Rectangle2D.Double(0, 0, 1, 1))
                .getBounds2D();
        Rectangle2D page = new Rectangle2D.Float(visible.getLowerLeftX(), visible.getLowerLeftY(),
                visible.getWidth(), visible.getHeight());
        Rectangle2D shown = drawn.createIntersection(page);
        double coverage = shown.isEmpty() ? 0
                : shown.getWidth() * shown.getHeight() / (page.getWidth() * page.getHeight());
        // the lengths of the image's own axes: (1,0) goes to (a,b) and (0,1) to (c,d), whatever the turn
        double widthMm = Math.hypot(ctm.getScaleX(), ctm.getShearY()) * 25.4 / 72;
        double heightMm = Math.hypot(ctm.getShearX(), ctm.getScaleY()) * 25.4 / 72;
        if (coverage > 0) {
            images.add(new DrawnImage(image, coverage, widthMm, heightMm));
        }
    }

    @Override
    public void strokePath() {
        paint(getGraphicsState().getStrokingColor(), "stroked path");
    }

    @Override
    public void fillPath(int windingRule) {
        paint(getGraphicsState().getNonStrokingColor(), "filled path");
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        fillPath(windingRule);
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        throw new Found("shading");
    }

    private void paint(PDColor colour, String what) {
        if (!isPaper(colour)) {
            throw new Found(what);
        }
    }

    /** Patterns and colours that cannot be converted count as ink: when unsure, it is writing. */
    private static boolean isPaper(PDColor colour) {
        try {
            int rgb = colour.toRGB();
            float r = (rgb >> 16 & 0xFF) / 255f;
            float g = (rgb >> 8 & 0xFF) / 255f;
            float b = (rgb & 0xFF) / 255f;
            float min = Math.min(r, Math.min(g, b));
            float max = Math.max(r, Math.max(g, b));
            return min >= PAPER_MIN && max - min <= PAPER_MAX_TINT;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        current.setLocation(p0);
    }

    @Override
    public void clip(int windingRule) {
        // a clipping path draws nothing by itself
    }

    @Override
    public void moveTo(float x, float y) {
        current.setLocation(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        current.setLocation(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current.setLocation(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        // nothing drawn yet
    }

    @Override
    public void endPath() {
        // a path ended without painting, e.g. after a clip
    }

    /** Stops the walk at the first mark: nothing later can make the page blank again. */
    private static final class Found extends RuntimeException {
        Found(String what) {
            super(what, null, false, false);
        }
    }
}
