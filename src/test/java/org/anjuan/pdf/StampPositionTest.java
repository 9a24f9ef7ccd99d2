package org.anjuan.pdf;

import static org.anjuan.pdf.TestScans.MM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.anjuan.domain.Corner;
import org.anjuan.domain.NumberPosition;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.PageNumber;
import org.anjuan.domain.PageNumbering;
import org.anjuan.domain.ProgressListener;
import org.anjuan.pdf.StampedText.Glyph;
import org.anjuan.pdf.TestScans.Spec;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The number lands in the corner of the page as the viewer sees it, upright, clear of the binding margin,
 * on every kind of page a scanner produces. Checked twice: by the extracted text's positions and by the
 * white box in a rendering of the page.
 */
class StampPositionTest {

    @TempDir
    Path dir;

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("A4", Spec.a4(), PageKind.CONTENT, NumberPosition.TOP, 7, Corner.TOP_RIGHT),
                Arguments.of("/Rotate 90", Spec.rotated(90), PageKind.CONTENT, NumberPosition.TOP, 42,
                        Corner.TOP_RIGHT),
                Arguments.of("/Rotate 180", Spec.rotated(180), PageKind.CONTENT, NumberPosition.TOP, 123,
                        Corner.TOP_RIGHT),
                Arguments.of("/Rotate 270", Spec.rotated(270), PageKind.CONTENT, NumberPosition.TOP, 88,
                        Corner.TOP_RIGHT),
                Arguments.of("/Rotate -90", Spec.rotated(-90), PageKind.CONTENT, NumberPosition.TOP, 5,
                        Corner.TOP_RIGHT),
                Arguments.of("landscape", Spec.landscape(), PageKind.CONTENT, NumberPosition.TOP, 19,
                        Corner.TOP_RIGHT),
                Arguments.of("CropBox off 0,0", Spec.cropped(0), PageKind.CONTENT, NumberPosition.TOP, 64,
                        Corner.TOP_RIGHT),
                Arguments.of("CropBox off 0,0, /Rotate 270", Spec.cropped(270), PageKind.CONTENT,
                        NumberPosition.TOP, 200, Corner.TOP_RIGHT),
                Arguments.of("verso", Spec.a4(), PageKind.VERSO, NumberPosition.TOP, 8, Corner.TOP_LEFT),
                Arguments.of("verso, /Rotate 90", Spec.rotated(90), PageKind.VERSO, NumberPosition.TOP, 31,
                        Corner.TOP_LEFT),
                Arguments.of("verso, CropBox off 0,0, /Rotate 180", Spec.cropped(180), PageKind.VERSO,
                        NumberPosition.TOP, 150, Corner.TOP_LEFT),
                Arguments.of("bottom, /Rotate 180", Spec.rotated(180), PageKind.CONTENT, NumberPosition.BOTTOM,
                        12, Corner.BOTTOM_RIGHT),
                Arguments.of("bottom, CropBox off 0,0, /Rotate 90", Spec.cropped(90), PageKind.CONTENT,
                        NumberPosition.BOTTOM, 77, Corner.BOTTOM_RIGHT),
                Arguments.of("bottom verso, landscape", Spec.landscape(), PageKind.VERSO, NumberPosition.BOTTOM,
                        9, Corner.BOTTOM_LEFT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void numberSitsInTheVisualCorner(String name, Spec spec, PageKind kind, NumberPosition position, int number,
                                     Corner corner) throws IOException {
        Path in = TestScans.write(dir.resolve("in.pdf"), spec);
        Path out = dir.resolve("out.pdf");
        List<PageNumber> numbers = new PageNumbering(position).number(List.of(kind), number);
        new NumberStamper().stamp(in, out, numbers, NumberStamp.DEFAULT, ProgressListener.NONE);

        float width = visualWidth(spec);
        float height = visualHeight(spec);
        boolean right = corner == Corner.TOP_RIGHT || corner == Corner.BOTTOM_RIGHT;
        boolean top = corner == Corner.TOP_RIGHT || corner == Corner.TOP_LEFT;

        List<Glyph> glyphs = StampedText.of(out, 0);
        assertThat(glyphs.stream().map(Glyph::text).collect(Collectors.joining())).isEqualTo(String.valueOf(number));
        assertThat(glyphs).allSatisfy(g -> assertThat(g.dir()).as("upright").isEqualTo(rotation(spec)));
        float left = (float) glyphs.stream().mapToDouble(Glyph::x).min().orElseThrow();
        float rightEdge = (float) glyphs.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
        float baseline = glyphs.get(0).y();
        float glyphTop = baseline - glyphs.get(0).height();
        if (right) {
            assertThat(rightEdge).isCloseTo(width - 12 * MM, within(1 * MM));
        } else {
            assertThat(left).isCloseTo(12 * MM, within(1 * MM));
        }
        if (top) {
            assertThat(glyphTop).isCloseTo(10 * MM, within(1.5f * MM));
        } else {
            assertThat(baseline).isCloseTo(height - 10 * MM, within(1 * MM));
        }

        BufferedImage image = VisualRaster.render(out, 0);
        assertThat(image.getWidth()).isCloseTo(Math.round(width), within(1));
        Rectangle box = VisualRaster.white(image);
        assertThat(box).as("the white box, the only white on the page").isNotNull();
        assertThat(box.width).isBetween(Math.round(3 * MM), Math.round(30 * MM));
        assertThat(box.height).isBetween(Math.round(5 * MM), Math.round(10 * MM));
        if (right) {
            assertThat((float) box.getMaxX()).isCloseTo(width - 10.5f * MM, within(1.5f));
            assertThat((float) box.getMinX()).as("clear of the binding margin").isGreaterThanOrEqualTo(15 * MM);
        } else {
            assertThat((float) box.getMinX()).isCloseTo(10.5f * MM, within(1.5f));
            assertThat((float) box.getMaxX()).as("clear of the binding margin on the back")
                    .isLessThanOrEqualTo(width - 15 * MM);
        }
        if (top) {
            assertThat((float) box.getMinY()).isCloseTo(8.5f * MM, within(1.5f));
        } else {
            assertThat((float) box.getMaxY()).isCloseTo(height - 8.5f * MM, within(1.5f));
        }
        assertThat(VisualRaster.dark(image, box)).as("the digits inside the box").isGreaterThan(4);
        assertThat(box.contains((left + rightEdge) / 2, baseline - 3)).as("text and picture agree").isTrue();
    }

    private static int rotation(Spec spec) {
        return Math.floorMod(spec.rotation(), 360);
    }

    private static float visualWidth(Spec spec) {
        var box = spec.crop() != null ? spec.crop() : spec.media();
        return rotation(spec) % 180 == 0 ? box.getWidth() : box.getHeight();
    }

    private static float visualHeight(Spec spec) {
        var box = spec.crop() != null ? spec.crop() : spec.media();
        return rotation(spec) % 180 == 0 ? box.getHeight() : box.getWidth();
    }
}
