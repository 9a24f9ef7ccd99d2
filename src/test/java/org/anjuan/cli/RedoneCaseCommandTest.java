package org.anjuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 第九条: a revoked decision made anew is a new case linked to the original, whose file and number stay. */
class RedoneCaseCommandTest {

    private static final String ORIGINAL_NUMBER = "2023年厦国动罚字第01号";

    @TempDir
    Path dir;

    @Test
    void theNewCaseIsLinkedAndTheOriginalKeepsItsFileAndNumber() throws IOException {
        CliRun bind = CliRun.of("--db", db(), "bind", folder("original", "陈某向人民防空工程内倾倒废弃物案").toString(),
                "--out", dir.resolve("out").toString());
        assertThat(bind.code()).as(bind.err()).isZero();
        assertThat(CliRun.of("--db", db(), "case", "import",
                folder("redone", "陈某向人民防空工程内倾倒废弃物案（重新作出）").toString()).code()).isZero();

        CliRun link = CliRun.of("--db", db(), "case", "link", "2", "--redoes", ORIGINAL_NUMBER);
        assertThat(link.code()).as(link.err()).isZero();
        assertThat(link.out()).contains("案件 2").contains("原案 1").contains("保留不变");

        assertThat(CliRun.of("--db", db(), "case", "show", "1").out()).contains("已撤销").contains("案件 2")
                .contains(ORIGINAL_NUMBER);
        assertThat(CliRun.of("--db", db(), "case", "show", "2").out()).contains("重新作出").contains("原案 1");

        CliRun voiding = CliRun.of("--db", db(), "number", "void", ORIGINAL_NUMBER, "--reason", "原决定已撤销");
        assertThat(voiding.code()).isEqualTo(Cli.REFUSED);
        assertThat(voiding.err()).contains(ORIGINAL_NUMBER).contains("第九条").contains("不能作废");
        assertThat(CliRun.of("--db", db(), "number", "list").out()).contains(ORIGINAL_NUMBER).contains("其中作废 0 个");
    }

    @Test
    void aCaseRedoesOneOriginalNeverItselfAndNeverInACircle() throws IOException {
        for (String name : new String[] {"a", "b", "c"}) {
            assertThat(CliRun.of("--db", db(), "case", "import", folder(name, "案件" + name).toString()).code())
                    .isZero();
        }
        assertThat(CliRun.of("--db", db(), "case", "link", "2", "--redoes", "1").code()).isZero();

        CliRun self = CliRun.of("--db", db(), "case", "link", "3", "--redoes", "3");
        assertThat(self.code()).isEqualTo(Cli.REFUSED);
        assertThat(self.err()).contains("不能关联到它自己");

        CliRun twice = CliRun.of("--db", db(), "case", "link", "2", "--redoes", "3");
        assertThat(twice.code()).isEqualTo(Cli.REFUSED);
        assertThat(twice.err()).contains("已关联原案 1");

        CliRun circle = CliRun.of("--db", db(), "case", "link", "1", "--redoes", "2");
        assertThat(circle.code()).isEqualTo(Cli.REFUSED);
        assertThat(circle.err()).contains("首尾相接");

        CliRun unknown = CliRun.of("--db", db(), "case", "link", "3", "--redoes", "2023年厦国动罚字第99号");
        assertThat(unknown.code()).isEqualTo(Cli.REFUSED);
        assertThat(unknown.err()).contains("2023年厦国动罚字第99号");
    }

    private String db() {
        return dir.resolve("db").toString();
    }

    private Path folder(String name, String title) throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve(name));
        Files.writeString(caseDir.resolve("case.yaml"), """
                category: 行政处罚简易程序
                title: %s
                parties: [陈某]
                department: 执法监督处
                officer: 陈建华
                opened: 2023-08-15
                closed: 2023-08-21
                materials:
                  - {title: 当场行政处罚决定书, pages: 2}
                """.formatted(title), StandardCharsets.UTF_8);
        return caseDir;
    }
}
