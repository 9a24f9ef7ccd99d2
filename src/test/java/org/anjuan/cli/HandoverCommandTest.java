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

class HandoverCommandTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsReceivedCheckedReturnedReceivedAgainAcceptedAndPrinted() throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        Files.writeString(caseDir.resolve("case.yaml"), """
                category: 行政处罚简易程序
                title: 陈某向人民防空工程内倾倒废弃物案
                parties: [陈某]
                department: 执法监督处
                officer: 陈建华
                opened: 2023-02-15
                closed: 2023-03-20
                materials:
                  - {title: 当场行政处罚决定书, pages: 2}
                  - {title: 罚款收据复印件, pages: 1, copy: true}
                """, StandardCharsets.UTF_8);
        assertThat(run("case", "import", caseDir.toString()).code()).isZero();

        CliRun early = run("handover", "accept", "1");
        assertThat(early.code()).isEqualTo(Cli.REFUSED);
        assertThat(early.err()).contains("当前未移交，没有待验收的移交。请先登记移交（handover receive）。");

        CliRun received = run("handover", "receive", "1", "--from-department", "执法监督处", "--from-person", "陈建华");
        assertThat(received.code()).as(received.err()).isZero();
        assertThat(received.out()).contains("已登记移交：案件 1 第 1 次移交，执法监督处 陈建华 交来 2 份材料 3 页");

        CliRun check = run("handover", "check", "1", "--item", "决定书缺少骑缝章");
        assertThat(check.out()).contains("编号").contains("验收问题").contains("为复印件，未注明“与原件核对无误”")
                .contains("决定书缺少骑缝章").contains("第 1 次移交验收：共 2 项问题，未放行 2 项。");

        CliRun open = run("handover", "accept", "1", "--waive", "1", "--note", "已补盖核对章");
        assertThat(open.code()).isEqualTo(Cli.REFUSED);
        assertThat(open.err()).contains("还有 1 项验收问题未放行（第 2 项），不能接收。");
        CliRun noReason = run("handover", "return", "1");
        assertThat(noReason.code()).isEqualTo(Cli.REFUSED);
        assertThat(noReason.err()).contains("退回须写明理由（--reason），承办人据此重新整理（第十三条）。");
        assertThat(run("handover", "return", "1", "--reason", "决定书缺少骑缝章").out())
                .contains("已退回：案件 1 第 1 次移交退回承办人重新整理。理由：决定书缺少骑缝章");

        run("handover", "receive", "1", "--from-department", "执法监督处", "--from-person", "陈建华");
        CliRun accepted = run("handover", "accept", "1", "--waive", "1", "--note", "已补盖核对章");
        assertThat(accepted.code()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("已接收：案件 1 第 2 次移交验收合格");

        String show = run("handover", "show", "1").out();
        assertThat(show).contains("案件 1 移交状态：已接收").contains("第 1 次移交").contains("已退回")
                .contains("退回理由：决定书缺少骑缝章").contains("第 2 次移交").contains("（已放行：已补盖核对章）");

        Path pdf = dir.resolve("移交验收单.pdf");
        CliRun print = run("handover", "print", "1", "--out", pdf.toString());
        assertThat(print.code()).as(print.err()).isZero();
        assertThat(print.out()).contains("已将移交验收单另存为").contains("（共 1 页）");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[\\s\u3000]", "");
            assertThat(text).contains("案件材料移交验收单", "第2次移交", "移交部门：执法监督处", "移交人：陈建华",
                    "当场行政处罚决定书", "合计：共2份3页", "（已放行：已补盖核对章）", "验收结论：验收合格，接收",
                    "接收人：", "日期：年月日");
        }
    }

    @Test
    void theBindRequirementIsASettingOffByDefault() {
        assertThat(run("handover", "require").out()).contains("装订前须先验收接收：否");
        assertThat(run("handover", "require", "--on").out()).contains("装订前须先验收接收：是");
        assertThat(run("handover", "require").out()).contains("：是");
        assertThat(CliRun.of("handover", "--help").out()).contains("receive", "check", "accept", "return", "show", "print");
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }
}
