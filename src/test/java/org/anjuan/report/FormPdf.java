package org.anjuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;

/** Reads a form's PDF back: its text, where each glyph landed, its paper and its font. */
final class FormPdf {

    static final float MM = 72f / 25.4f;
    /** The type area of the forms: 20/15/25/15 mm from the top/bottom/left/right edges of A4 (standards.md §1.5). */
    static final float LEFT = 25 * MM;
    static final float RIGHT = 595.28f - 15 * MM;
    static final float TOP = 841.89f - 20 * MM;
    static final float BOTTOM = 15 * MM;
    /** The registers are A4 landscape, bound on the left: 20/15/25/15 mm from the top/bottom/left/right edges. */
    static final float LANDSCAPE_RIGHT = 841.89f - 15 * MM;
    static final float LANDSCAPE_TOP = 595.28f - 20 * MM;

    /** One glyph: page from 1, box in PDF points (origin bottom left), font size. */
    record Glyph(int page, String text, float x, float right, float bottom, float top, float size) {
    }

    private FormPdf() {
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (from 1) with all white space removed, as Chinese text is compared. */
    static String text(PDDocument doc, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return squeeze(stripper.getText(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    static List<Glyph> glyphs(PDDocument doc) {
        List<Glyph> glyphs = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    float height = getCurrentPage().getMediaBox().getHeight();
                    float baseline = height - t.getYDirAdj();
                    // the font size as the glyph box: a CJK glyph rises ~0.85 em and falls ~0.15 em
                    float em = t.getFontSizeInPt();
                    glyphs.add(new Glyph(getCurrentPageNo(), t.getUnicode(), t.getXDirAdj(),
                            t.getXDirAdj() + t.getWidthDirAdj(), baseline - 0.15f * em, baseline + 0.85f * em, em));
                }
            };
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /** Text of the glyphs that match, line by line (page by page, top to bottom), each line read left to right. */
    static List<String> lines(List<Glyph> glyphs, Predicate<Glyph> where) {
        TreeMap<Long, List<Glyph>> byLine = new TreeMap<>();
        for (Glyph g : glyphs) {
            if (where.test(g)) {
                long key = g.page() * 100_000L + (100_000L - 1 - Math.round(g.bottom() * 10));
                byLine.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
            }
        }
        return byLine.values().stream()
                .map(line -> line.stream().sorted(Comparator.comparing(Glyph::x)).map(Glyph::text)
                        .collect(Collectors.joining()))
                .toList();
    }

    static void assertA4Landscape(PDDocument doc) {
        for (PDPage page : doc.getPages()) {
            assertThat(page.getMediaBox().getWidth()).isCloseTo(842, Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(595, Offset.offset(1f));
            assertThat(page.getRotation()).isZero();
        }
    }

    static void assertA4(PDDocument doc) {
        for (PDPage page : doc.getPages()) {
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595, Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(842, Offset.offset(1f));
        }
    }

    /**
     * Every page draws its text in the archive font (AR PL UMing), embedded as TrueType (FontFile2) and only as a
     * subset (ABCDEF+ name prefix): no font of the machine that made the PDF is needed to read or print it.
     */
    static void assertEmbeddedSubset(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                PDType0Font type0 = (PDType0Font) font;
                assertThat(type0.getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*UMing.*");
            });
        }
    }

    /** Every glyph inside the type area: 20/15/25/15 mm from the top/bottom/left/right edges. */
    static void assertInsideMargins(List<Glyph> glyphs) {
        assertInside(glyphs, RIGHT, TOP);
    }

    /** As {@link #assertInsideMargins}, on A4 landscape pages. */
    static void assertInsideLandscapeMargins(List<Glyph> glyphs) {
        assertInside(glyphs, LANDSCAPE_RIGHT, LANDSCAPE_TOP);
    }

    private static void assertInside(List<Glyph> glyphs, float right, float top) {
        assertThat(glyphs).isNotEmpty().allSatisfy(g -> {
            assertThat(g.x()).as("left of %s", g).isGreaterThanOrEqualTo(LEFT);
            assertThat(g.right()).as("right of %s", g).isLessThanOrEqualTo(right);
            assertThat(g.top()).as("top of %s", g).isLessThanOrEqualTo(top);
            assertThat(g.bottom()).as("bottom of %s", g).isGreaterThanOrEqualTo(BOTTOM);
        });
    }

    /** A straight stroked line on a page, in PDF points (origin bottom left), from left to right or bottom to top. */
    record Rule(float x1, float y1, float x2, float y2) {

        boolean horizontal() {
            return Math.abs(y1 - y2) < 0.1f;
        }

        float length() {
            return (float) Math.hypot(x2 - x1, y2 - y1);
        }
    }

    /** The straight lines a page strokes: drawn lines and the sides of stroked rectangles. */
    static List<Rule> rules(PDDocument doc, int page) {
        List<Rule> rules = new ArrayList<>();
        PDPage p = doc.getPage(page - 1);
        try {
            new PDFGraphicsStreamEngine(p) {
                private final List<Point2D> path = new ArrayList<>();
                private final List<Point2D[]> segments = new ArrayList<>();

                @Override
                public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                    segments.add(new Point2D[] {p0, p1});
                    segments.add(new Point2D[] {p1, p2});
                    segments.add(new Point2D[] {p2, p3});
                    segments.add(new Point2D[] {p3, p0});
                }

                @Override
                public void moveTo(float x, float y) {
                    path.clear();
                    path.add(new Point2D.Float(x, y));
                }

                @Override
                public void lineTo(float x, float y) {
                    Point2D to = new Point2D.Float(x, y);
                    if (!path.isEmpty()) {
                        segments.add(new Point2D[] {path.get(path.size() - 1), to});
                    }
                    path.add(to);
                }

                @Override
                public void strokePath() {
                    for (Point2D[] s : segments) {
                        boolean forward = s[0].getX() < s[1].getX() - 0.1 || (Math.abs(s[0].getX() - s[1].getX()) <= 0.1
                                && s[0].getY() <= s[1].getY());
                        Point2D a = forward ? s[0] : s[1];
                        Point2D b = forward ? s[1] : s[0];
                        rules.add(new Rule((float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY()));
                    }
                    endPath();
                }

                @Override
                public void endPath() {
                    path.clear();
                    segments.clear();
                }

                @Override
                public void fillPath(int windingRule) {
                    endPath();
                }

                @Override
                public void fillAndStrokePath(int windingRule) {
                    strokePath();
                }

                @Override
                public void drawImage(PDImage pdImage) {
                }

                @Override
                public void clip(int windingRule) {
                }

                @Override
                public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                    lineTo(x3, y3);
                }

                @Override
                public Point2D getCurrentPoint() {
                    return path.isEmpty() ? new Point2D.Float() : path.get(path.size() - 1);
                }

                @Override
                public void closePath() {
                    if (path.size() > 1) {
                        lineTo((float) path.get(0).getX(), (float) path.get(0).getY());
                    }
                }

                @Override
                public void shadingFill(COSName shadingName) {
                }

                void run() throws IOException {
                    processPage(getPage());
                }
            }.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }
}
