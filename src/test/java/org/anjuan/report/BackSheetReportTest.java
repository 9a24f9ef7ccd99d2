package org.anjuan.report;

import static org.anjuan.report.FormPdf.squeeze;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.anjuan.domain.BackSheet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class BackSheetReportTest {

    private final FormReports forms = new FormReports();

    @Test
    void fillsOnePageWithTheNotesAndSignatures() throws IOException {
        BackSheet sheet = FormSamples.backSheet(3, "王建国");
        try (PDDocument doc = FormPdf.load(forms.backSheet(sheet))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            FormPdf.assertA4(doc);
            FormPdf.assertEmbeddedSubset(doc);
            FormPdf.assertInsideMargins(FormPdf.glyphs(doc));
            String text = FormPdf.text(doc, 1);
            assertThat(text).contains("卷内备考表", "归档号：" + FormSamples.NUMBER, "本卷情况说明",
                    "立卷人：陈立华", "检查人：王建国", "立卷时间：2023年12月11日");
            sheet.notes().forEach(note -> assertThat(text).contains(squeeze(note)));
            assertThat(text).doesNotContain("第1页", "（续）");
        }
    }

    @Test
    void leavesTheCheckerBlankToSignByHand() throws IOException {
        try (PDDocument doc = FormPdf.load(forms.backSheet(FormSamples.backSheet(1, null)))) {
            assertThat(FormPdf.text(doc, 1)).contains("检查人：立卷时间：").doesNotContain("null");
        }
    }

    @Test
    void continuesLongNotesOnFurtherPagesWithTheSignaturesLast() throws IOException {
        BackSheet sheet = FormSamples.backSheet(40, "王建国");
        try (PDDocument doc = FormPdf.load(forms.backSheet(sheet))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            FormPdf.assertA4(doc);
            FormPdf.assertInsideMargins(FormPdf.glyphs(doc));
            for (int p = 1; p <= pages; p++) {
                String text = FormPdf.text(doc, p);
                assertThat(text).contains("卷内备考表", FormSamples.NUMBER, "第" + p + "页共" + pages + "页",
                        p == 1 ? "本卷情况说明" : "本卷情况说明（续）");
                assertThat(text.contains("立卷人")).as("signatures on page %d", p).isEqualTo(p == pages);
            }
            // the notes are the 13 pt text: read in order across the pages, nothing is lost at a page break
            String notes = squeeze(String.join("", FormPdf.lines(FormPdf.glyphs(doc), g -> g.size() == 13)));
            assertThat(notes).isEqualTo(squeeze(String.join("", sheet.notes())));
        }
    }

    @Test
    void printsAnEmptyBoxWhenThereAreNoNotes() throws IOException {
        try (PDDocument doc = FormPdf.load(forms.backSheet(FormSamples.backSheet(0, null)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(FormPdf.text(doc, 1)).contains("本卷情况说明", "立卷人：陈立华");
        }
    }
}
