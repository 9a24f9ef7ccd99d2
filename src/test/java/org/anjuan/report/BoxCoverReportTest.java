package org.anjuan.report;

import static org.anjuan.report.FormPdf.squeeze;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.anjuan.domain.BoxLabel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class BoxCoverReportTest {

    private final FormReports forms = new FormReports();

    @Test
    void showsWhatArticleEightAsksForInARuledTableOnOneA4Page() throws IOException {
        try (PDDocument doc = FormPdf.load(forms.boxCover(BoxSamples.label(30)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            FormPdf.assertA4(doc);
            FormPdf.assertEmbeddedSubset(doc);
            assertThat(FormPdf.text(doc, 1)).contains("行政执法案卷", "档案盒", "全宗名称厦门市国防动员办公室",
                    "案卷类别行政处罚", "年度2023", "归档时间2023年3月20日至2023年11月2日",
                    "起止卷号自" + BoxSamples.FIRST + "至" + BoxSamples.LAST, "保管期限永久", "盒号1", "卷数3卷",
                    "2023-罚-001").doesNotContain("null");
            FormPdf.assertInsideMargins(FormPdf.glyphs(doc));
        }
    }

    @Test
    void theQrCodeReadsBackAsTheBoxCodeAndItsArchiveNumbers() throws IOException {
        try (PDDocument doc = FormPdf.load(forms.boxCover(BoxSamples.label(30)))) {
            PageScan.Code code = PageScan.of(doc, 1, 200).qr();
            assertThat(code.text()).isEqualTo("2023-罚-001 " + BoxSamples.FIRST + "至" + BoxSamples.LAST);
            assertThat(code.printedMm()).as("printed size with the quiet zone").isGreaterThan(40);
        }
    }

    @Test
    void longValuesShrinkIntoTheirCellsAndTheCoverStaysOnePage() throws IOException {
        BoxLabel crowded = BoxSamples.crowded(50);
        try (PDDocument doc = FormPdf.load(forms.boxCover(crowded))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            FormPdf.assertInsideMargins(FormPdf.glyphs(doc));
            assertThat(FormPdf.text(doc, 1)).contains(squeeze(crowded.fonds()), "其他行政执法、行政强制",
                    "自2024年厦国动执字第1001号至2024年厦国动执字第1234号", "盒号128", "234卷", "保管期限30年");
            assertThat(PageScan.of(doc, 1, 200).qr().text()).isEqualTo(crowded.qrText());
        }
    }
}
