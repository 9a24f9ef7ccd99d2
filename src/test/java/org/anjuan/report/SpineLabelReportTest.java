package org.anjuan.report;

import static org.anjuan.report.FormPdf.squeeze;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.BoxLabel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class SpineLabelReportTest {

    /** Cut marks are measured on a 300 dpi rendering; a spine must come out within half a millimetre. */
    private static final int DPI = 300;
    private static final double TOLERANCE_MM = 0.5;
    private static final double A4_WIDTH_MM = 210;

    private final FormReports forms = new FormReports();

    @Test
    void eachBoxGetsAnA4PageWithTheFieldsTopToBottomInTheEmbeddedFont() throws IOException {
        List<Integer> widths = List.of(20, 30, 40, 50);
        try (PDDocument doc = FormPdf.load(forms.boxSpines(widths.stream().map(BoxSamples::label).toList()))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            FormPdf.assertA4(doc);
            FormPdf.assertEmbeddedSubset(doc);
            List<FormPdf.Glyph> glyphs = FormPdf.glyphs(doc);
            for (int page = 1; page <= 4; page++) {
                String text = FormPdf.text(doc, page);
                assertThat(text).as("page %d", page).containsSubsequence("全宗名称", BoxSamples.FONDS, "年度", "2023",
                        "案卷类别", "行政处罚", "保管期限", "永久", "起止卷号", "自", BoxSamples.FIRST, "至",
                        BoxSamples.LAST, "盒号", "1", "2023-罚-001").doesNotContain("null", "□");
                // and down the strip in that order: the first glyph of each value below the one before
                int p = page;
                List<Float> tops = List.of("厦", "行", "永", "自", "至").stream().map(s -> top(glyphs.stream()
                        .filter(g -> g.page() == p).toList(), s)).toList();
                List<Float> descending = new ArrayList<>(tops);
                descending.sort(Collections.reverseOrder());
                assertThat(tops).as("page %d", page).isEqualTo(descending).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void aTwentyMillimetreSpineWritesTheNumbersTopToBottomOneCharacterALine() throws IOException {
        try (PDDocument doc = FormPdf.load(forms.boxSpines(List.of(BoxSamples.label(20))))) {
            List<FormPdf.Glyph> glyphs = FormPdf.glyphs(doc);
            float from = top(glyphs, "自");
            float to = top(glyphs, "至");
            assertThat(FormPdf.lines(glyphs, g -> g.top() < from && g.top() > to))
                    .containsExactly("2023", "年", "厦", "国", "动", "罚", "字", "第", "01", "号");
            assertThat(FormPdf.lines(glyphs, g -> "行政处罚".contains(g.text()) && g.size() > 12))
                    .containsExactly("行", "政", "处", "罚");
        }
    }

    @Test
    void theStripIsExactlyAsWideAsTheSpineAndInTheMiddleOfThePage() throws IOException {
        for (int mm : List.of(20, 30, 40, 50)) {
            try (PDDocument doc = FormPdf.load(forms.boxSpines(List.of(BoxSamples.label(mm))))) {
                List<Double> edges = cutMarks(PageScan.of(doc, 1, DPI));
                assertThat(edges).as("cut marks of a %d mm spine", mm).hasSize(2);
                assertThat(edges.get(1) - edges.get(0)).as("%d mm spine", mm).isCloseTo(mm, within(TOLERANCE_MM));
                assertThat((edges.get(0) + edges.get(1)) / 2).isCloseTo(A4_WIDTH_MM / 2, within(TOLERANCE_MM));
                // nothing printed beyond the strip's edges, where the knife goes
                assertThat(FormPdf.glyphs(doc)).allSatisfy(g -> {
                    assertThat((double) g.x() / FormPdf.MM).isGreaterThan(edges.get(0));
                    assertThat((double) g.right() / FormPdf.MM).isLessThan(edges.get(1));
                });
            }
        }
    }

    @Test
    void longValuesShrinkButKeepEveryCharacterOnTheStrip() throws IOException {
        for (int mm : List.of(20, 30, 40, 50)) {
            BoxLabel crowded = BoxSamples.crowded(mm);
            try (PDDocument doc = FormPdf.load(forms.boxSpines(List.of(crowded)))) {
                assertThat(FormPdf.text(doc, 1)).as("%d mm", mm).containsSubsequence(squeeze(crowded.fonds()),
                        "2024", "其他行政执法、行政强制", "30年", "自", crowded.firstNumber(), "至",
                        crowded.lastNumber(), "128", "2024-执-128");
                List<Double> edges = cutMarks(PageScan.of(doc, 1, DPI));
                assertThat(FormPdf.glyphs(doc)).allSatisfy(g -> {
                    assertThat((double) g.x() / FormPdf.MM).isGreaterThan(edges.get(0));
                    assertThat((double) g.right() / FormPdf.MM).isLessThan(edges.get(1));
                });
                assertThat(PageScan.of(doc, 1, 200).qr().text()).isEqualTo(crowded.qrText());
            }
        }
    }

    @Test
    void theQrCodeOnATwentyMillimetreSpineReadsBackAsTheBoxCodeAndItsArchiveNumbersAndFillsItsWidth()
            throws IOException {
        try (PDDocument doc = FormPdf.load(forms.boxSpines(List.of(BoxSamples.label(20))))) {
            PageScan.Code code = PageScan.of(doc, 1, 200).qr();
            assertThat(code.text()).isEqualTo("2023-罚-001 " + BoxSamples.FIRST + "至" + BoxSamples.LAST);
            assertThat(code.printedMm()).as("printed size with the quiet zone").isCloseTo(20, within(1.0));
        }
    }

    @Test
    void aSheetPutsStripsOfMixedWidthsSideBySideAndStartsAPageWhenFull() throws IOException {
        List<Integer> widths = List.of(50, 40, 30, 30, 20, 20, 40, 40);
        List<BoxLabel> labels = IntStream.range(0, widths.size())
                .mapToObj(i -> BoxSamples.label(widths.get(i), i + 1)).toList();
        try (PDDocument doc = FormPdf.load(forms.spineSheet(labels, 0, 0))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            FormPdf.assertA4(doc);
            FormPdf.assertEmbeddedSubset(doc);
            assertWidths(stripWidths(PageScan.of(doc, 1, DPI)), 50, 40, 30, 30, 20, 20);
            assertWidths(stripWidths(PageScan.of(doc, 2, DPI)), 40, 40);
            assertThat(FormPdf.text(doc, 1)).containsSubsequence("2023-罚-001", "2023-罚-002", "2023-罚-003",
                    "2023-罚-004", "2023-罚-005", "2023-罚-006").doesNotContain("2023-罚-007");
            assertThat(FormPdf.text(doc, 2)).containsSubsequence(BoxSamples.number(19), BoxSamples.number(21),
                    "2023-罚-007", BoxSamples.number(22), BoxSamples.number(24), "2023-罚-008");
        }
    }

    @Test
    void aSheetHoldsFourFortiesSixThirtiesOrNineTwenties() throws IOException {
        for (int[] fit : new int[][] {{40, 4}, {30, 6}, {20, 9}, {50, 3}}) {
            List<BoxLabel> labels = IntStream.rangeClosed(1, fit[1] + 1).mapToObj(i -> BoxSamples.label(fit[0], i))
                    .toList();
            try (PDDocument doc = FormPdf.load(forms.spineSheet(labels, 0, 0))) {
                assertThat(doc.getNumberOfPages()).as("%d mm", fit[0]).isEqualTo(2);
                assertThat(stripWidths(PageScan.of(doc, 1, DPI))).as("%d mm", fit[0]).hasSize(fit[1]);
            }
        }
    }

    @Test
    void theOffsetMovesTheWholeSheetForThePrinter() throws IOException {
        List<BoxLabel> labels = List.of(BoxSamples.label(40, 1), BoxSamples.label(20, 2), BoxSamples.label(30, 3));
        try (PDDocument plain = FormPdf.load(forms.spineSheet(labels, 0, 0));
             PDDocument shifted = FormPdf.load(forms.spineSheet(labels, 3, -2))) {
            PageScan before = PageScan.of(plain, 1, DPI);
            PageScan after = PageScan.of(shifted, 1, DPI);
            assertThat(after.firstInkMm() - before.firstInkMm()).as("down").isCloseTo(-2, within(TOLERANCE_MM));
            List<Double> from = cutMarks(before);
            List<Double> to = cutMarks(after);
            assertThat(to).hasSameSizeAs(from).hasSize(4);
            for (int i = 0; i < from.size(); i++) {
                assertThat(to.get(i) - from.get(i)).as("right, edge %d", i).isCloseTo(3, within(TOLERANCE_MM));
            }
            assertWidths(stripWidths(after), 40, 20, 30);
        }
    }

    @Test
    void refusesAnOffsetBeyondTenMillimetresNoLabelsAndASpineNoBoxHas() {
        List<BoxLabel> one = List.of(BoxSamples.label(30));
        assertThatThrownBy(() -> forms.spineSheet(one, 10.5, 0)).isInstanceOfSatisfying(AnjuanException.class,
                e -> assertThat(e.key()).isEqualTo("box.label.offset"));
        assertThatThrownBy(() -> forms.spineSheet(one, 0, Double.NaN)).isInstanceOfSatisfying(AnjuanException.class,
                e -> assertThat(e.key()).isEqualTo("box.label.offset"));
        assertThatThrownBy(() -> forms.boxSpines(List.of())).isInstanceOfSatisfying(AnjuanException.class,
                e -> assertThat(e.key()).isEqualTo("box.label.none"));
        assertThatThrownBy(() -> forms.boxSpines(List.of(BoxSamples.label(25)))).isInstanceOfSatisfying(
                AnjuanException.class, e -> assertThat(e.key()).isEqualTo("box.spine.invalid"));
        assertThat(forms.spineSheet(one, -10, 10)).isNotEmpty();
    }

    /** The x of every strip edge: the cut marks above the strips, 1 mm below the first ink on the page. */
    private static List<Double> cutMarks(PageScan scan) {
        return scan.linesAcross(scan.firstInkMm() + 1);
    }

    private static List<Double> stripWidths(PageScan scan) {
        List<Double> edges = cutMarks(scan);
        return IntStream.range(1, edges.size()).mapToObj(i -> edges.get(i) - edges.get(i - 1)).toList();
    }

    private static void assertWidths(List<Double> measured, int... mm) {
        assertThat(measured).hasSize(mm.length);
        for (int i = 0; i < mm.length; i++) {
            assertThat(measured.get(i)).as("strip %d of %s", i + 1, measured).isCloseTo(mm[i], within(TOLERANCE_MM));
        }
    }

    private static float top(List<FormPdf.Glyph> glyphs, String text) {
        return glyphs.stream().filter(g -> g.text().equals(text)).findFirst().orElseThrow().top();
    }
}
