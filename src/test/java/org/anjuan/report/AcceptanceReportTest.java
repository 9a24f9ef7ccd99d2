package org.anjuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.AcceptanceSheet;
import org.anjuan.domain.HandedMaterial;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class AcceptanceReportTest {

    private final FormReports forms = new FormReports();

    @Test
    void listsTheMaterialsFindingsDecisionAndSignatureLinesOnOneA4Page() throws IOException {
        AcceptanceSheet sheet = sheet(List.of("1. 第 2 份材料“罚没款收据复印件”为复印件，未注明“与原件核对无误”的来源、日期或核对人（第六条）。（已放行：已补盖核对章）"));
        try (PDDocument doc = FormPdf.load(forms.acceptance(sheet))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            FormPdf.assertA4(doc);
            FormPdf.assertEmbeddedSubset(doc);
            FormPdf.assertInsideMargins(FormPdf.glyphs(doc));
            assertThat(FormPdf.text(doc, 1)).contains("案件材料移交验收单", "案件名称：厦门某置业有限公司未按规定修建防空地下室案",
                    "第2次移交", "移交部门：工程管理处移交人：陈建华", "接收：档案员2023年12月11日", "顺序号题名文号页数",
                    "1立案审批表2", "2行政处罚决定书厦国动罚决〔2023〕5号4", "合计：共3份7页7",
                    "验收情况：1.第2份材料", "（已放行：已补盖核对章）", "验收结论：验收合格，接收（2023年12月11日，档案员）",
                    "移交人：接收人：日期：年月日", "第1页共1页");
        }
    }

    @Test
    void manyFindingsRunOnToANumberedSecondPageWithTheSignaturesAtTheEnd() throws IOException {
        List<String> findings = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            findings.add(i + ". 第 " + i + " 页字迹褪色，须复制后附卷并说明原因");
        }
        try (PDDocument doc = FormPdf.load(forms.acceptance(sheet(findings)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            FormPdf.assertInsideMargins(FormPdf.glyphs(doc));
            assertThat(FormPdf.text(doc, 1)).contains("1.第1页字迹褪色", "第1页共2页").doesNotContain("验收结论", "移交人：接收人");
            assertThat(FormPdf.text(doc, 2)).contains("案件材料移交验收单", "45.第45页字迹褪色", "验收结论", "移交人：",
                    "第2页共2页");
        }
    }

    private static AcceptanceSheet sheet(List<String> findings) {
        return new AcceptanceSheet("厦门市国防动员办公室", "厦门某置业有限公司未按规定修建防空地下室案", "工程管理处", "陈建华",
                "档案员", "2023年12月11日", 2,
                List.of(new HandedMaterial(1, "立案审批表", null, 2), new HandedMaterial(2, "行政处罚决定书", "厦国动罚决〔2023〕5号", 4),
                        new HandedMaterial(3, "罚没款收据复印件", null, 1)),
                findings, "验收合格，接收（2023年12月11日，档案员）");
    }
}
