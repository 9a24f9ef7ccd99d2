package org.anjuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 第九条 on the command line: a bound file refuses changes in Chinese; 补正 and approved 增补 are recorded. */
class SupplementCommandTest {

    private static final String NUMBER = "2023年厦国动罚字第01号";

    @TempDir
    Path dir;

    private Path caseDir;

    @BeforeEach
    void bind() throws IOException {
        caseDir = Files.createDirectories(dir.resolve("case"));
        write("当场行政处罚决定书");
        CliRun bind = CliRun.of("--db", db(), "bind", caseDir.toString(), "--out", dir.resolve("out").toString());
        assertThat(bind.code()).as(bind.err()).isZero();
    }

    @Test
    void aChangedFolderAndVoidingTheNumberAreRefusedWithTheReason() throws IOException {
        write("当场行政处罚决定书（改）");
        CliRun reimport = CliRun.of("--db", db(), "case", "import", caseDir.toString());
        assertThat(reimport.code()).isEqualTo(Cli.REFUSED);
        assertThat(reimport.err()).contains("已装订归档（" + NUMBER + "）并锁定").contains("不能再修改或重新导入材料")
                .contains("经分管领导批准后办理增补手续");

        CliRun voiding = CliRun.of("--db", db(), "number", "void", NUMBER, "--reason", "误取号");
        assertThat(voiding.code()).isEqualTo(Cli.REFUSED);
        assertThat(voiding.err()).contains("不能作废").contains("补正");
        assertThat(CliRun.of("--db", db(), "case", "show", "1").out()).contains("当场行政处罚决定书")
                .doesNotContain("（改）");
    }

    @Test
    void anAdditionNeedsAnApproverAndAReasonThenIsListedAndOnTheBackSheet() throws IOException {
        CliRun unapproved = CliRun.of("--db", db(), "supplement", "add", "1", "--reason", "遗漏", "--title", "送达回证",
                "--pages", "1");
        assertThat(unapproved.code()).isEqualTo(Cli.REFUSED);
        assertThat(unapproved.err()).contains("须经分管领导批准").contains("请填写批准人");
        CliRun noReason = CliRun.of("--db", db(), "supplement", "add", "1", "--approver", "张副主任", "--title", "送达回证",
                "--pages", "1");
        assertThat(noReason.err()).contains("请填写增补理由");

        CliRun add = CliRun.of("--db", db(), "supplement", "add", "1", "--approver", "张副主任", "--approved-at",
                "2024-01-08T09:30", "--reason", "原归档时遗漏", "--title", "送达回证", "--pages", "2");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("编为第 3–4 页").contains("张副主任");
        CliRun correct = CliRun.of("--db", db(), "supplement", "correct", "1", "--what", "目录题名错字", "--done", "已更正");
        assertThat(correct.code()).as(correct.err()).isZero();

        String list = CliRun.of("--db", db(), "supplement", "list", "1").out();
        assertThat(list).contains("增补").contains("送达回证，2 页（第 3–4 页）").contains("张副主任 2024年1月8日 09:30")
                .contains("补正").contains("原：目录题名错字；补正：已更正").contains("共 2 条");

        Path back = dir.resolve("back.pdf");
        CliRun print = CliRun.of("--db", db(), "print", "backsheet", "--case", "1", "--out", back.toString());
        assertThat(print.code()).as(print.err()).isZero();
        assertThat(Files.size(back)).isPositive();
    }

    private String db() {
        return dir.resolve("db").toString();
    }

    private void write(String title) throws IOException {
        Files.writeString(caseDir.resolve("case.yaml"), """
                category: 行政处罚简易程序
                title: 陈某向人民防空工程内倾倒废弃物案
                parties: [陈某]
                department: 执法监督处
                officer: 陈建华
                opened: 2023-08-15
                closed: 2023-08-21
                materials:
                  - {title: %s, pages: 2}
                """.formatted(title), StandardCharsets.UTF_8);
    }
}
