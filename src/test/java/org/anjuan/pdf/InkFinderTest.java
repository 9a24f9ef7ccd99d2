package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The ink rules on painted sheets at 100 dpi, without JPEG in between. */
class InkFinderTest {

    private static final int DPI = 100;
    private static final double PX_PER_MM = DPI / 25.4;

    @Test
    void punchHolesOnTheRightOfABackPageAreNotWriting() {
        assertThat(judge(g -> disc(g, 210 - 12, 148.5 - 40, 6, 80)).writing()).isFalse();
    }

    @Test
    void punchHolesAlongTheTopOfASheetScannedSidewaysAreNotWriting() {
        assertThat(judge(g -> {
            disc(g, 65, 12, 6, 80);
            disc(g, 145, 12, 6, 80);
        }).writing()).isFalse();
    }

    @Test
    void theSameRoundBlobInTheMiddleOfThePageIsWriting() {
        assertThat(judge(g -> disc(g, 105, 150, 6, 80)).writing()).isTrue();
    }

    @Test
    void aLineInTheMarginBandIsWritingEvenNearTheHoles() {
        assertThat(judge(g -> {
            g.setColor(new Color(60, 60, 60));
            g.fillRect(mm(8), mm(60), mm(0.4), mm(30)); // a vertical stroke 30 mm long, 8 mm from the edge
        }).writing()).isTrue();
    }

    @Test
    void shadowsAlongEveryEdgeAreNotWriting() {
        assertThat(judge(g -> {
            int w = mm(210);
            int h = mm(297);
            int band = mm(3);
            g.setPaint(new GradientPaint(0, 0, new Color(60, 60, 60), band, 0, new Color(243, 243, 243, 0)));
            g.fillRect(0, 0, band, h);
            g.setPaint(new GradientPaint(0, 0, new Color(60, 60, 60), 0, band, new Color(243, 243, 243, 0)));
            g.fillRect(0, 0, w, band);
            g.setColor(Color.BLACK);
            g.fillRect(0, h - mm(2), w, mm(2));
        }).writing()).isFalse();
    }

    @Test
    void aOneMillimetreSpeckIsDustButATwoStrokeMarkIsWriting() {
        assertThat(judge(g -> disc(g, 100, 100, 1, 100)).writing()).isFalse();
        assertThat(judge(g -> {
            g.setColor(new Color(40, 40, 40));
            g.fillRect(mm(100), mm(100), mm(3), mm(0.3)); // 十: one character of small print
            g.fillRect(mm(101.35), mm(98.5), mm(0.3), mm(3));
        }).writing()).isTrue();
    }

    @Test
    void unevenLightingIsNotWriting() {
        assertThat(judge(g -> {
            g.setPaint(new GradientPaint(0, 0, new Color(0, 0, 0, 0), mm(210), 0, new Color(0, 0, 0, 40)));
            g.fillRect(0, 0, mm(210), mm(297));
        }).writing()).isFalse();
    }

    @Test
    void yellowedPaperIsStillPaper() {
        ScanImagePainter p = new ScanImagePainter(3, 210, 297, DPI, 215).dust(5);
        Graphics2D g = p.image(0).createGraphics();
        g.setColor(new Color(225, 215, 170));
        g.fillRect(0, 0, mm(210), mm(297));

        InkFinder.Verdict v = new InkFinder().find(CellGrid.of(p.image(), CellGrid.cellPixels(PX_PER_MM), PX_PER_MM));

        assertThat(v.writing()).as(v.reason()).isFalse();
    }

    @Test
    void aUniformlyDarkSheetIsNotCalledBlank() {
        ScanImagePainter p = new ScanImagePainter(4, 210, 297, DPI, 90);

        InkFinder.Verdict v = new InkFinder().find(CellGrid.of(p.image(), CellGrid.cellPixels(PX_PER_MM), PX_PER_MM));

        assertThat(v.writing()).isTrue();
        assertThat(v.reason()).startsWith("dark paper");
    }

    private static InkFinder.Verdict judge(Consumer<Graphics2D> paint) {
        ScanImagePainter p = new ScanImagePainter(1, 210, 297, DPI, 243).dust(3);
        Graphics2D g = p.image(0).createGraphics();
        paint.accept(g);
        g.dispose();
        p.image(0);
        return new InkFinder().find(CellGrid.of(p.image(), CellGrid.cellPixels(PX_PER_MM), PX_PER_MM));
    }

    private static void disc(Graphics2D g, double xMm, double yMm, double diameterMm, int grey) {
        g.setColor(new Color(grey, grey, grey));
        double r = diameterMm / 2 * PX_PER_MM;
        g.fill(new Ellipse2D.Double(xMm * PX_PER_MM - r, yMm * PX_PER_MM - r, 2 * r, 2 * r));
    }

    private static int mm(double mm) {
        return (int) Math.round(mm * PX_PER_MM);
    }
}
