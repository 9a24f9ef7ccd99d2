package org.anjuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("register").toString();
    }

    @Test
    void issuesVoidsAndListsNumbers() {
        assertThat(CliRun.of("--db", db(), "number", "issue", "--year", "2023", "--category", "行政处罚一般程序").out())
                .isEqualTo("2023年厦国动罚字第01号" + System.lineSeparator());
        assertThat(CliRun.of("number", "issue", "--db", db(), "--year", "2023", "--category", "罚").out())
                .contains("2023年厦国动罚字第02号");
        assertThat(CliRun.of("--db", db(), "number", "issue", "--year", "2023", "--category", "行政检查").out())
                .contains("2023年厦国动检字第01号");
        CliRun voided = CliRun.of("--db", db(), "number", "void", "2023年厦国动罚字第01号", "--reason", "误取号");
        assertThat(voided.code()).isZero();
        assertThat(voided.out()).contains("已作废 2023年厦国动罚字第01号").contains("误取号");
        String list = CliRun.of("--db", db(), "number", "list").out();
        assertThat(list).contains("2023年厦国动罚字第01号").contains("已作废").contains("误取号")
                .contains("2023年厦国动罚字第02号").contains("共 3 个案卷序号，其中作废 1 个");
        assertThat(CliRun.of("--db", db(), "number", "issue", "--year", "2023", "--category", "罚").out())
                .contains("第03号");
    }

    @Test
    void refusalsAreChineseWithExitCodeTwo() {
        CliRun unknown = CliRun.of("--db", db(), "number", "issue", "--year", "2023", "--category", "行政奖励");
        assertThat(unknown.code()).isEqualTo(Cli.REFUSED);
        assertThat(unknown.err()).contains("未知的执法类别或类别字“行政奖励”").contains("行政检查");
        CliRun noReason = CliRun.of("--db", db(), "number", "void", "2023年厦国动罚字第01号", "--reason", " ");
        assertThat(noReason.code()).isEqualTo(Cli.REFUSED);
        assertThat(noReason.err()).contains("必须填写原因");
        CliRun missing = CliRun.of("--db", db(), "case", "show", "42");
        assertThat(missing.code()).isEqualTo(Cli.REFUSED);
        assertThat(missing.err()).contains("案件 42 不存在");
    }

    @Test
    void importsListsShowsAndProposesRetention() throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        Files.writeString(caseDir.resolve("case.yaml"), """
                category: 行政处罚一般程序
                title: 厦门某置业有限公司未按规定修建防空地下室案
                parties: [厦门某置业有限公司]
                department: 执法监督处
                officer: 李明、王芳
                opened: 2023-03-01
                closed: 2023-11-20
                materials:
                  - {title: 立案审批表, author: 执法监督处, date: 2023-03-01, pages: 2}
                  - {title: 行政处罚决定书, docNo: 厦国动罚决〔2023〕5号, author: 厦门市国防动员办公室, date: 2023-10-08, pages: 4}
                  - title: 罚没款收据复印件
                    author: 厦门市财政局
                    pages: 1
                    copy: {source: 厦门市财政局, checkedBy: 王芳}
                """, StandardCharsets.UTF_8);
        CliRun imported = CliRun.of("--db", db(), "case", "import", caseDir.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("已导入案件 1").contains("3 份材料，共 7 页");

        String list = CliRun.of("--db", db(), "case", "list").out();
        assertThat(list).contains("行政处罚一般程序").contains("防空地下室案").contains("2023年12月20日").contains("共 1 件");

        String show = CliRun.of("--db", db(), "case", "show", "1").out();
        assertThat(show).contains("当事人：厦门某置业有限公司").contains("归档期限：2023年12月20日");
        assertThat(show.indexOf("立案审批表")).isLessThan(show.indexOf("行政处罚决定书"));
        assertThat(show).contains("厦国动罚决〔2023〕5号").contains("复印件未注明");

        String retention = CliRun.of("--db", db(), "retention", "1").out();
        assertThat(retention).contains("建议保管期限：永久").contains("第十条（三）").contains("第十一条第一款")
                .contains("较长期限");
        CliRun override = CliRun.of("--db", db(), "retention", "1", "--set", "30年");
        assertThat(override.code()).isEqualTo(Cli.REFUSED);
        assertThat(override.err()).contains("必须填写理由");
    }

    @Test
    void aBadCaseFolderIsRefusedAndNothingIsWritten() throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(caseDir.resolve("case.yaml"), """
                category: 行政奖励
                title: 某案
                parties: [某公司]
                department: 执法监督处
                officer: 李明
                opened: 2023-03-01
                closed: 2023-02-30
                materials:
                  - {title: 立案审批表, file: missing.pdf}
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("--db", db(), "case", "import", caseDir.toString());
        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("category").contains("closed").contains("missing.pdf");
        assertThat(CliRun.of("--db", db(), "case", "list").out()).contains("共 0 件");
    }

    @Test
    void helpAndVersionWork() {
        CliRun help = CliRun.of("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("case").contains("number").contains("retention").contains("--db");
        CliRun version = CliRun.of("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).contains("Anjuan");
        assertThat(CliRun.of("number", "--help").out()).contains("issue").contains("void");
    }

    @Test
    void aDistrictOfficeSetsItsOwnNumberStyle() {
        CliRun set = CliRun.of("--db", db(), "settings", "--agency", "思国动", "--word", "行政检查=查",
                "--volume-limit", "180");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).contains("机关简称：思国动").contains("行政检查：查").contains("每卷页数上限：180")
                .contains("示例：2023年思国动罚字第01号");
        assertThat(CliRun.of("--db", db(), "number", "issue", "--year", "2024", "--category", "行政检查").out())
                .contains("2024年思国动查字第01号");
        CliRun bad = CliRun.of("--db", db(), "settings", "--pattern", "{year}第{seq}号");
        assertThat(bad.code()).isEqualTo(Cli.REFUSED);
        assertThat(bad.err()).contains("格式");
        assertThat(CliRun.of("--db", db(), "settings").out()).contains("{year}年{agency}{word}字第{seq}号");
    }
}
