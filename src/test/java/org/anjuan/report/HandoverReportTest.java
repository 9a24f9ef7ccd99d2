package org.anjuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.anjuan.domain.HandoverRow;
import org.anjuan.domain.HandoverSheet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class HandoverReportTest {

    private static final int NUMBER = 1;
    private static final int TITLE = 2;
    /** Column edges in points from the page's left edge, as in reports/handover.jrxml (left margin 71). */
    private static final float[] EDGES = {71, 97, 221, 398, 434, 482, 514, 552};

    private final FormReports forms = new FormReports();

    @Test
    void repeatsTheHeadingAndColumnHeadsOnEveryPageInTheEmbeddedFont() throws IOException {
        try (PDDocument doc = FormPdf.load(forms.handover(FormSamples.handover(40, null)))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            FormPdf.assertA4(doc);
            FormPdf.assertEmbeddedSubset(doc);
            FormPdf.assertInsideMargins(FormPdf.glyphs(doc));
            for (int p = 1; p <= pages; p++) {
                assertThat(FormPdf.text(doc, p)).contains("案卷移交清单", "移交单位：厦门市国防动员办公室执法监督处",
                        "接收单位：档案室", "序号档号案卷题名年度保管期限页数备注", "第" + p + "页共" + pages + "页");
            }
        }
    }

    @Test
    void listsEveryVolumeOnceInOrderAndNeverSplitsARow() throws IOException {
        HandoverSheet sheet = FormSamples.handover(40, null);
        List<HandoverRow> rows = sheet.rows();
        try (PDDocument doc = FormPdf.load(forms.handover(sheet))) {
            assertThat(column(doc, NUMBER, 0))
                    .containsExactlyElementsOf(rows.stream().map(HandoverRow::archiveNumber).toList());
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                // the titles on a page are exactly, and wholly, those of the volumes whose numbers are on it
                List<String> numbers = column(doc, NUMBER, p);
                String expected = rows.stream().filter(r -> numbers.contains(r.archiveNumber()))
                        .map(HandoverRow::title).collect(Collectors.joining());
                assertThat(String.join("", column(doc, TITLE, p))).as("titles on page %d", p).isEqualTo(expected);
            }
            assertThat(column(doc, TITLE, 0).size()).as("long titles wrap").isGreaterThan(rows.size());
        }
    }

    @Test
    void endsWithTheTotalsAndTheSignatureLinesOnTheLastPageOnly() throws IOException {
        HandoverSheet sheet = FormSamples.handover(40, null);
        int total = sheet.rows().stream().mapToInt(HandoverRow::pages).sum();
        try (PDDocument doc = FormPdf.load(forms.handover(sheet))) {
            int pages = doc.getNumberOfPages();
            String last = FormPdf.text(doc, pages);
            assertThat(last).contains("合计：共40卷" + total + "页" + total, "移交人：", "接收人：", "监交人：",
                    "日期：年月日");
            for (int p = 1; p < pages; p++) {
                assertThat(FormPdf.text(doc, p)).doesNotContain("合计", "移交人", "监交人");
            }
        }
    }

    @Test
    void printsTheHandoverDateWhenGiven() throws IOException {
        try (PDDocument doc = FormPdf.load(forms.handover(FormSamples.handover(3, "2023年12月11日")))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = FormPdf.text(doc, 1);
            assertThat(text).contains("日期：2023年12月11日", "合计：共3卷").doesNotContain("null");
        }
    }

    @Test
    void anEmptyListIsOnePageWithZeroTotals() throws IOException {
        try (PDDocument doc = FormPdf.load(forms.handover(new HandoverSheet("执法监督处", "档案室", null, List.of())))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(FormPdf.text(doc, 1)).contains("案卷移交清单", "序号", "合计：共0卷0页", "移交人：");
        }
    }

    /** The row text (10.5 pt, the totals are larger) of one column on one page (0: all pages), line by line, without heads and footer. */
    private static List<String> column(PDDocument doc, int column, int page) {
        return FormPdf.lines(FormPdf.glyphs(doc), g -> (page == 0 || g.page() == page) && g.size() < 11
                && g.x() >= EDGES[column] && g.right() <= EDGES[column + 1] && g.top() < 842 - 153 && g.bottom() > 43 + 26);
    }
}
