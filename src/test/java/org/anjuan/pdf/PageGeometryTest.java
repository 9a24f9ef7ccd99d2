package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageGeometryTest {

    private static final float MM = 72 / 25.4f;

    @ParameterizedTest(name = "/Rotate {0} -> {1}")
    @CsvSource({"0, 0", "90, 90", "180, 180", "270, 270", "-90, 270", "-270, 90", "450, 90", "360, 0",
            "45, 0", "91, 0"})
    void normalisesTheRotation(int rotate, int expected) {
        PDPage page = new PDPage(PDRectangle.A4);
        page.getCOSObject().setInt(COSName.ROTATE, rotate);

        PageGeometry g = PageGeometry.of(page);

        assertThat(g.rotation()).isEqualTo(expected);
        boolean turned = expected == 90 || expected == 270;
        assertThat(g.widthMm()).isCloseTo(turned ? 297 : 210, within(0.05));
        assertThat(g.heightMm()).isCloseTo(turned ? 210 : 297, within(0.05));
    }

    @Test
    void aPortraitPageRotatedAQuarterIsLandscape() {
        PDPage page = new PDPage(new PDRectangle(297 * MM, 420 * MM));
        page.setRotation(90);

        PageGeometry g = PageGeometry.of(page);

        assertThat(g.widthMm()).isCloseTo(420, within(0.05));
        assertThat(g.heightMm()).isCloseTo(297, within(0.05));
        assertThat(g.isQuarterTurned()).isTrue();
    }

    @Test
    void measuresTheCropBoxNotTheMediaBox() {
        PDPage page = new PDPage(new PDRectangle(0, 0, 700, 900));
        page.setCropBox(new PDRectangle(40, 30, 210 * MM, 297 * MM));

        PageGeometry g = PageGeometry.of(page);

        assertThat(g.widthMm()).isCloseTo(210, within(0.05));
        assertThat(g.heightMm()).isCloseTo(297, within(0.05));
        assertThat(g.box().getLowerLeftX()).isEqualTo(40);
        assertThat(g.box().getLowerLeftY()).isEqualTo(30);
    }

    @Test
    void anOffsetCropBoxRotatedSwapsItsSides() {
        PDPage page = new PDPage(new PDRectangle(0, 0, 1000, 1000));
        page.setCropBox(new PDRectangle(100, 200, 148 * MM, 210 * MM));
        page.setRotation(270);

        PageGeometry g = PageGeometry.of(page);

        assertThat(g.widthMm()).isCloseTo(210, within(0.05));
        assertThat(g.heightMm()).isCloseTo(148, within(0.05));
    }

    @Test
    void clipsACropBoxThatOverhangsTheMediaBox() {
        PDPage page = new PDPage(new PDRectangle(210 * MM, 297 * MM));
        page.setCropBox(new PDRectangle(-50, -50, 2000, 100 * MM + 50));

        PageGeometry g = PageGeometry.of(page);

        assertThat(g.widthMm()).isCloseTo(210, within(0.05));
        assertThat(g.heightMm()).isCloseTo(100, within(0.05));
    }

    @Test
    void aCropBoxOutsideTheMediaBoxIsIgnored() {
        PDPage page = new PDPage(new PDRectangle(210 * MM, 297 * MM));
        page.setCropBox(new PDRectangle(5000, 5000, 100, 100));

        PageGeometry g = PageGeometry.of(page);

        assertThat(g.widthMm()).isCloseTo(210, within(0.05));
        assertThat(g.heightMm()).isCloseTo(297, within(0.05));
    }

    @Test
    void honoursTheUserUnit() {
        PDPage page = new PDPage(new PDRectangle(105 * MM, 148.5f * MM));
        page.getCOSObject().setFloat(COSName.getPDFName("UserUnit"), 2f);

        PageGeometry g = PageGeometry.of(page);

        assertThat(g.widthMm()).isCloseTo(210, within(0.05));
        assertThat(g.heightMm()).isCloseTo(297, within(0.05));
    }
}
