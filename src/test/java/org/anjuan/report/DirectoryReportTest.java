package org.anjuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.anjuan.domain.DirectoryRow;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class DirectoryReportTest {

    private static final int SEQ = 0;
    private static final int AUTHOR = 2;
    private static final int TITLE = 3;
    private static final int PAGES = 5;
    /** Column edges in points from the page's left edge, as in reports/directory.jrxml (left margin 71). */
    private static final float[] EDGES = {71, 108, 182, 253, 420, 471, 513, 552};
    /** The table body: below the column heads (57 + 62 + 28 from the top), above the page footer. */
    private static final float BODY_TOP = 842 - 147;
    private static final float BODY_BOTTOM = 43 + 26;

    private final FormReports forms = new FormReports();
    private final List<DirectoryRow> rows = FormSamples.rows(45);

    @Test
    void repeatsTheHeadingAndColumnHeadsOnEveryPage() throws IOException {
        try (PDDocument doc = directory(rows)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            FormPdf.assertA4(doc);
            FormPdf.assertEmbeddedSubset(doc);
            for (int p = 1; p <= pages; p++) {
                assertThat(FormPdf.text(doc, p)).contains("卷内目录", "归档号：" + FormSamples.NUMBER,
                        "顺序号文号责任者题名日期页号备注", "第" + p + "页共" + pages + "页");
            }
        }
    }

    @Test
    void keepsEveryGlyphInsideTheMarginsAndInsideItsColumn() throws IOException {
        try (PDDocument doc = directory(rows)) {
            List<FormPdf.Glyph> glyphs = FormPdf.glyphs(doc);
            FormPdf.assertInsideMargins(glyphs);
            List<FormPdf.Glyph> table = glyphs.stream().filter(g -> g.top() < BODY_TOP && g.bottom() > BODY_BOTTOM)
                    .toList();
            assertThat(table).isNotEmpty().allSatisfy(g -> assertThat(IntStream.range(0, EDGES.length - 1)
                    .anyMatch(c -> g.x() >= EDGES[c] && g.right() <= EDGES[c + 1])).as("%s within a column", g).isTrue());
        }
    }

    @Test
    void listsEachSequenceNumberOnceInOrderWithItsPages() throws IOException {
        try (PDDocument doc = directory(rows)) {
            assertThat(column(doc, SEQ, 0)).containsExactlyElementsOf(
                    IntStream.rangeClosed(1, rows.size()).mapToObj(String::valueOf).toList());
            // 页号 as it arrives: the last row's start–end range may wrap in its narrow cell, but it is all there
            assertThat(String.join("", column(doc, PAGES, 0)))
                    .isEqualTo(rows.stream().map(DirectoryRow::pages).collect(Collectors.joining()));
        }
    }

    @Test
    void wrapsLongTitlesInsideTheCellAndNeverSplitsARow() throws IOException {
        assertThat(rows).anyMatch(r -> r.title().length() >= 80);
        try (PDDocument doc = directory(rows)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                // the titles on a page are exactly, and wholly, those of the rows whose numbers are on it
                String expected = column(doc, SEQ, p).stream().map(seq -> rows.get(Integer.parseInt(seq) - 1).title())
                        .collect(Collectors.joining());
                assertThat(String.join("", column(doc, TITLE, p))).as("titles on page %d", p).isEqualTo(expected);
                String authors = column(doc, SEQ, p).stream()
                        .map(seq -> rows.get(Integer.parseInt(seq) - 1).author()).collect(Collectors.joining());
                assertThat(String.join("", column(doc, AUTHOR, p))).as("authors on page %d", p).isEqualTo(authors);
            }
            assertThat(column(doc, TITLE, 0).size()).as("title lines").isGreaterThan(rows.size());
        }
    }

    @Test
    void printsAnEmptyFormForNoRows() throws IOException {
        try (PDDocument doc = directory(List.of())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(FormPdf.text(doc, 1)).contains("卷内目录", "顺序号", "第1页共1页");
        }
    }

    @Test
    void splitsOnlyARowTallerThanAWholePage() throws IOException {
        DirectoryRow huge = new DirectoryRow(2, null, "厦门市国防动员办公室", "很长的题名".repeat(160), "2023年3月6日", "5",
                null);
        List<DirectoryRow> three = List.of(rows.get(0), huge, rows.get(2));
        try (PDDocument doc = directory(three)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            FormPdf.assertInsideMargins(FormPdf.glyphs(doc));
            assertThat(column(doc, SEQ, 0)).containsExactly("1", "2", "3");
            assertThat(column(doc, SEQ, pages)).containsExactly("3");
            assertThat(String.join("", column(doc, TITLE, 0))).isEqualTo(
                    rows.get(0).title() + huge.title() + rows.get(2).title());
        }
    }

    private PDDocument directory(List<DirectoryRow> list) {
        return FormPdf.load(forms.directory(FormSamples.NUMBER, list));
    }

    /** The body text of one column on one page (0: all pages), line by line; the header row is left out. */
    private static List<String> column(PDDocument doc, int column, int page) {
        return FormPdf.lines(FormPdf.glyphs(doc), g -> (page == 0 || g.page() == page)
                && g.x() >= EDGES[column] && g.right() <= EDGES[column + 1]
                && g.top() < BODY_TOP && g.bottom() > BODY_BOTTOM);
    }
}
