package org.anjuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.AvSheet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class AvSheetReportTest {

    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final FormReports forms = new FormReports();

    static AvSheet sample(int rows) {
        List<AvSheet.Row> all = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            boolean disc = i % 3 == 0;
            all.add(new AvSheet.Row(i, (disc ? "照片：" : "录像：") + "现场检查执法记录仪录像第" + i + "段",
                    "陈建华", "2023年5月6日 10:30", "思明区某大厦人防工程",
                    "执法人员出示证件，检查防护密闭门及通风设备，当事人陈某在场并签字确认。",
                    disc ? "光盘 GP-2023-015" : "/srv/av/2023/罚-05/现场检查" + i + ".mp4", disc ? null : SHA));
        }
        return new AvSheet("陈某向人民防空工程内倾倒废弃物案", "2023年厦国动罚字第05号", "执法监督处", all, "林晓雯",
                "2023年5月8日");
    }

    @Test
    void listsEachRecordWithItsChecksumAndEndsWithTheMakerAndDate() throws IOException {
        byte[] pdf = forms.avSheet(sample(3));
        try (PDDocument doc = FormPdf.load(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            FormPdf.assertA4(doc);
            FormPdf.assertEmbeddedSubset(doc);
            FormPdf.assertInsideMargins(FormPdf.glyphs(doc));
            assertThat(FormPdf.text(doc, 1)).contains("音像资料制作说明", "案由：陈某向人民防空工程内倾倒废弃物案",
                    "案卷序号：2023年厦国动罚字第05号", "承办部门：执法监督处", "序号名称记录人时间地点内容摘要存储位置",
                    "SHA-256校验值" + SHA, "光盘GP-2023-015", "（仅存于存储介质，未登记校验值）",
                    "以上音像资料共3项", "制作人：林晓雯", "制作日期：2023年5月8日", "第1页共1页");
        }
        Path out = Path.of(System.getProperty("avsheet.out", "target/avsheet.pdf"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, pdf);
    }

    @Test
    void manyRecordsRunOnToFurtherPagesWithTheHeadingOnEach() throws IOException {
        try (PDDocument doc = FormPdf.load(forms.avSheet(sample(14)))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            for (int p = 1; p <= pages; p++) {
                assertThat(FormPdf.text(doc, p)).contains("音像资料制作说明", "序号名称记录人时间地点内容摘要存储位置",
                        "第" + p + "页共" + pages + "页");
            }
            assertThat(FormPdf.text(doc, pages)).contains("以上音像资料共14项", "制作人：林晓雯");
            assertThat(FormPdf.text(doc, 1)).doesNotContain("制作人");
        }
    }
}
