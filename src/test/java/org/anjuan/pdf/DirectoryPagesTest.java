package org.anjuan.pdf;

import static org.anjuan.pdf.DirectoryLayout.EDGES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.anjuan.domain.DirectoryRow;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class DirectoryPagesTest {

    private static final int SEQ = 0;
    private static final int AUTHOR = 2;
    private static final int TITLE = 3;

    private final FormPages forms = new FormPages();
    private final List<DirectoryRow> rows = FormSamples.rows(45);

    @Test
    void countsThePagesItDrawsWithHeaderAndFooterOnEach() throws IOException {
        try (PDDocument doc = directory(rows)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(forms.directoryPageCount(ArchiveFont.load(doc), rows)).isEqualTo(pages);
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
            List<FormPdf.Glyph> table = glyphs.stream()
                    .filter(g -> g.top() < DirectoryLayout.TABLE_TOP && g.bottom() > DirectoryLayout.TABLE_BOTTOM)
                    .toList();
            assertThat(table).isNotEmpty().allSatisfy(g -> assertThat(IntStream.range(0, EDGES.length - 1)
                    .anyMatch(c -> g.x() >= EDGES[c] && g.right() <= EDGES[c + 1])).as("%s within a column", g).isTrue());
        }
    }

    @Test
    void listsEachSequenceNumberOnceInOrder() throws IOException {
        try (PDDocument doc = directory(rows)) {
            assertThat(column(doc, SEQ, 0)).containsExactlyElementsOf(
                    IntStream.rangeClosed(1, rows.size()).mapToObj(String::valueOf).toList());
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
        }
    }

    @Test
    void drawsAnEmptyFormForNoRows() throws IOException {
        try (PDDocument doc = directory(List.of())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(forms.directoryPageCount(ArchiveFont.load(doc), List.of())).isEqualTo(1);
            assertThat(FormPdf.text(doc, 1)).contains("顺序号", "第1页共1页");
        }
    }

    @Test
    void splitsOnlyARowTallerThanAWholePage() throws IOException {
        DirectoryRow huge = new DirectoryRow(2, null, "厦门市国防动员办公室", "很长的题名".repeat(160), "20230306", "5",
                null);
        List<DirectoryRow> three = List.of(rows.get(0), huge, rows.get(2));
        try (PDDocument doc = directory(three)) {
            assertThat(forms.directoryPageCount(ArchiveFont.load(doc), three)).isEqualTo(doc.getNumberOfPages());
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            FormPdf.assertInsideMargins(FormPdf.glyphs(doc));
            int pages = doc.getNumberOfPages();
            assertThat(column(doc, SEQ, 1)).containsExactly("1");
            assertThat(column(doc, SEQ, pages)).containsExactly("3");
            assertThat(column(doc, SEQ, 0)).containsExactly("1", "2", "3");
            assertThat(String.join("", column(doc, TITLE, 0))).isEqualTo(
                    rows.get(0).title() + huge.title() + rows.get(2).title());
        }
    }

    private PDDocument directory(List<DirectoryRow> list) {
        return FormPdf.drawn((d, font) -> forms.addDirectory(d, font, FormSamples.NUMBER, list));
    }

    /** The body text of one column on one page (0: all pages), line by line; the header row is left out. */
    private static List<String> column(PDDocument doc, int column, int page) {
        return FormPdf.lines(FormPdf.glyphs(doc), g -> (page == 0 || g.page() == page)
                && g.x() >= EDGES[column] && g.right() <= EDGES[column + 1]
                && g.top() < DirectoryLayout.TABLE_TOP - DirectoryLayout.HEAD_HEIGHT
                && g.bottom() > DirectoryLayout.TABLE_BOTTOM);
    }
}
