package org.anjuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** A bound volume's three forms made as one PDF: each form's pages in order, counted right, the same as apart. */
class VolumeFormsReportTest {

    private final FormReports reports = new FormReports();

    @Test
    void putsTheCoverThenEveryDirectoryPageThenTheBackSheetAndCountsEach() throws IOException {
        // pages are counted from 1 here, as FormPdf.text counts them
        FormReports.FormBundle made = reports.volumeForms(FormSamples.cover(null), FormSamples.rows(45),
                FormSamples.backSheet(3, "王检查"));

        try (PDDocument doc = FormPdf.load(made.pdf());
             PDDocument directoryAlone = FormPdf.load(reports.directory(FormSamples.NUMBER, FormSamples.rows(45)))) {
            int directoryPages = directoryAlone.getNumberOfPages();
            assertThat(directoryPages).isGreaterThan(1);
            assertThat(made.pages()).containsExactly(1, directoryPages, 1);
            assertThat(doc.getNumberOfPages()).isEqualTo(2 + directoryPages);
            assertThat(FormPdf.text(doc, 1)).contains("全宗名称", "案卷题名");
            for (int p = 1; p <= directoryPages; p++) {
                // the directory's own page count, not the bundle's: 第 p 页 共 n 页 of the 卷内目录
                assertThat(FormPdf.text(doc, 1 + p)).contains("顺序号文号责任者题名日期页号备注",
                        "第" + p + "页共" + directoryPages + "页");
            }
            assertThat(FormPdf.text(doc, doc.getNumberOfPages())).contains("立卷人", "王检查");
        }
    }
}
