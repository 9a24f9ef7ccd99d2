package org.anjuan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.NumberPosition;
import org.anjuan.domain.NumberSheets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The 页号单 form alone: one A4 page per number with nothing else on it, in the embedded font, in the corner the
 * stamp uses. That the digits land exactly where the stamp puts them is proven against the stamp itself in
 * app.NumberSheetsTest.
 */
class NumberSheetsReportTest {

    private static final float MM = FormPdf.MM;

    private final FormReports forms = new FormReports();

    @Test
    void eachPageCarriesOnlyItsNumberTopRightInTheEmbeddedFont() throws IOException {
        try (PDDocument doc = sheets(8, 12, NumberPosition.TOP, 0, 0)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(5);
            FormPdf.assertA4(doc);
            FormPdf.assertEmbeddedSubset(doc);
            List<FormPdf.Glyph> glyphs = FormPdf.glyphs(doc);
            for (int p = 1; p <= 5; p++) {
                assertThat(FormPdf.text(doc, p)).isEqualTo(String.valueOf(7 + p));
            }
            // 14 pt digits ending 12 mm from the right edge (less the last digit's side bearing), 10 mm from the top
            assertThat(glyphs).allSatisfy(g -> {
                assertThat(g.size()).isEqualTo(14f);
                assertThat(g.top()).isCloseTo(842 - 10 * MM, within(1.5f * MM));
            });
            for (int p = 1; p <= 5; p++) {
                int page = p;
                float right = (float) glyphs.stream().filter(g -> g.page() == page).mapToDouble(g -> g.right())
                        .max().orElseThrow();
                assertThat(595 - right).as("page %d", p).isBetween(11f * MM, 12f * MM);
            }
        }
    }

    @Test
    void bottomRightSheetsCarryTheNumberTenMillimetresAboveTheBottomEdge() throws IOException {
        try (PDDocument doc = sheets(5, 5, NumberPosition.BOTTOM, 0, 0)) {
            assertThat(FormPdf.glyphs(doc)).singleElement().satisfies(g -> {
                assertThat(g.text()).isEqualTo("5");
                // the digits stand about 0.9 pt above their baseline
                assertThat(g.bottom() + 0.15f * 14 + 0.9f).isCloseTo(10 * MM, within(0.5f * MM));
                assertThat(595 - g.right()).isBetween(11f * MM, 12f * MM);
            });
        }
    }

    @Test
    void offsetsMoveTheNumberByWholePoints() throws IOException {
        try (PDDocument plain = sheets(3, 3, NumberPosition.TOP, 0, 0);
             PDDocument shifted = sheets(3, 3, NumberPosition.TOP, -1.2, 0.9)) {
            FormPdf.Glyph before = FormPdf.glyphs(plain).get(0);
            FormPdf.Glyph after = FormPdf.glyphs(shifted).get(0);
            // -1.2 mm is -3.40 points, 0.9 mm is 2.55: rounded to -3 and 3
            assertThat(after.x() - before.x()).isEqualTo(-3f, within(0.01f));
            assertThat(after.bottom() - before.bottom()).as("down").isEqualTo(-3f, within(0.01f));
        }
    }

    @Test
    void refusesAnOffsetIntoTheBindingMarginOrOffThePaper() {
        assertThat(refusal(1, -185, 0)).isEqualTo("sheets.offset.outside");
        assertThat(refusal(1, 13, 0)).as("off the right edge").isEqualTo("sheets.offset.outside");
        assertThat(refusal(1, 0, -9)).as("off the top").isEqualTo("sheets.offset.outside");
        assertThat(refusal(1, -175, -7)).as("near the margin and the top, kept").isNull();
        // a longer number reaches the binding margin sooner
        assertThat(refusal(1000, -175, 0)).isEqualTo("sheets.offset.outside");
    }

    private String refusal(int number, double dx, double dy) {
        AnjuanException e = catchThrowableOfType(AnjuanException.class,
                () -> forms.numberSheets(new NumberSheets(number, number, NumberPosition.TOP, dx, dy)));
        return e == null ? null : e.key();
    }

    private PDDocument sheets(int from, int to, NumberPosition position, double dx, double dy) {
        return FormPdf.load(forms.numberSheets(new NumberSheets(from, to, position, dx, dy)));
    }
}
