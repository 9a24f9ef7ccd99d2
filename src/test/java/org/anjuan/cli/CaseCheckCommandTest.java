package org.anjuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** case check: the pre-binding check on screen, each finding with its rule, and the printed 装订前检查表. */
class CaseCheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void findingsAreListedWithTheirRulesAndPrintedOnTheCheckSheet() throws IOException {
        assertThat(CliRun.of("--db", db(), "case", "import", folder("late", "陈建华", """
                  - {title: 立案审批表, pages: 1}
                  - {title: 行政处罚决定书, pages: 2}
                  - {title: 营业执照复印件, pages: 1, copy: {source: 市场监督管理局}}
                """).toString()).code()).isZero();

        Path pdf = dir.resolve("check.pdf");
        CliRun check = CliRun.of("--db", db(), "case", "check", "1", "--out", pdf.toString());
        assertThat(check.code()).as(check.err()).isEqualTo(1);
        assertThat(check.out())
                .contains("归档逾期：结案日期 2023年8月21日，应于 2023年9月20日 前入卷归档。（依据：第四条）")
                .contains("缺少“送达回证”").contains("（依据：案卷评查：文书齐全）")
                .contains("承办人只有“陈建华”一人").contains("执法人员应不少于2人")
                .contains("第 3 份材料“营业执照复印件”为复印件").contains("（依据：第六条）")
                .contains("已将装订前检查表另存为");

        String text = text(pdf);
        assertThat(text).contains("装订前检查表").contains("陈某向人民防空工程内倾倒废弃物案").contains("执法监督处")
                .contains("缺少“送达回证”").contains("案卷评查：文书齐全").contains("检查人")
                .contains("检查日期：");
    }

    @Test
    void aCompleteCaseFiledInTimePassesAndItsSheetSaysSo() throws IOException {
        String closed = java.time.LocalDate.now().minusDays(3).toString();
        assertThat(CliRun.of("--db", db(), "case", "import", folder("good", "陈建华、林晓雯", """
                  - {title: 立案审批表, pages: 1}
                  - {title: 行政处罚决定书, pages: 2}
                  - {title: 送达回证, pages: 1}
                """, closed).toString()).code()).isZero();
        Path pdf = dir.resolve("good.pdf");
        CliRun check = CliRun.of("--db", db(), "case", "check", "1", "--out", pdf.toString());
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("装订前检查未发现问题");
        assertThat(text(pdf)).contains("未发现问题");
    }

    private String db() {
        return dir.resolve("db").toString();
    }

    private Path folder(String name, String officer, String materials) throws IOException {
        return folder(name, officer, materials, "2023-08-21");
    }

    private Path folder(String name, String officer, String materials, String closed) throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve(name));
        Files.writeString(caseDir.resolve("case.yaml"), """
                category: 行政处罚一般程序
                title: 陈某向人民防空工程内倾倒废弃物案
                parties: [陈某]
                department: 执法监督处
                officer: %s
                opened: 2023-06-15
                closed: %s
                materials:
                %s""".formatted(officer, closed, materials), StandardCharsets.UTF_8);
        return caseDir;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u3000]+", "");
        }
    }
}
