package org.anjuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadlinesCommandTest {

    private static final String FA = "2013年厦国动罚字第";
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @BeforeEach
    void register() throws IOException {
        bind("a", "行政处罚简易程序", "2013-12-31");   // 10年: kept through 2014–2023
        bind("b", "行政处罚一般程序", "2013-05-02");   // 永久
        imported("c", "2023-11-20");                   // deadline 2023年12月20日
        imported("d", "2024-01-05");                   // closed on the day asked about
    }

    @Test
    void withoutAChoiceItListsTheOverdueCasesAndTheFilesDueForAppraisal() {
        CliRun run = run("deadlines", "--as-of", "2024-01-05");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("超过归档期限（结案后 30 日内归档，第四条）尚未装订的案件，截至 2024年1月5日：")
                .contains("超期").contains("c 案").contains("2023年11月20日").contains("2023年12月20日").contains("16 天")
                .contains("1 件案卷已超过归档期限。")
                .doesNotContain("d 案")
                .contains("保管期限届满、应予鉴定的案卷，截至 2024年1月5日：")
                .contains(FA + "01号").contains("2023年12月31日").contains("2014年1月1日")
                .doesNotContain(FA + "02号")
                .contains("共 1 卷保管期限届满，应组织鉴定。");
    }

    @Test
    void eachListOnItsOwn() {
        CliRun overdue = run("deadlines", "--overdue", "--as-of", "2023-12-20");
        assertThat(overdue.out()).isEqualTo("截至 2023年12月20日，没有超过归档期限的案件。" + NL);

        CliRun early = run("deadlines", "--appraisal", "--as-of", "2023-12-01", "--within", "29");
        assertThat(early.out()).isEqualTo(
                "截至 2023年12月1日 及其后 29 天内（至 2023年12月30日），没有保管期限届满的案卷。" + NL);
        CliRun soon = run("deadlines", "--appraisal", "--as-of", "2023-12-01", "--within", "30");
        assertThat(soon.out()).contains("截至 2023年12月1日 及其后 30 天内（至 2023年12月31日）：")
                .contains(FA + "01号").doesNotContain("超过归档期限");

        CliRun expiries = run("deadlines", "--expiries");
        assertThat(expiries.code()).as(expiries.err()).isZero();
        assertThat(expiries.out()).contains("已归档案卷的保管期限（自归档年度次年 1 月 1 日起算）：")
                .contains("归档年度").contains("起算日期").contains("保管期限届满")
                .contains(FA + "02号").contains("永久保存").contains("未装盒")
                .contains("共 2 卷，其中永久保存 1 卷。")
                .doesNotContain("超过归档期限");
        // soonest first: the 10年 file before the permanent one
        assertThat(expiries.out().indexOf(FA + "01号")).isLessThan(expiries.out().indexOf(FA + "02号"));
    }

    @Test
    void aWrongDateOrNegativeDaysIsRefusedInChinese() {
        CliRun date = run("deadlines", "--as-of", "2024-13-01");
        assertThat(date.code()).isEqualTo(Cli.REFUSED);
        assertThat(date.err()).contains("日期“2024-13-01”无法识别：请写成 2024-01-05 的形式。");
        CliRun days = run("deadlines", "--within", "-1");
        assertThat(days.code()).isEqualTo(Cli.REFUSED);
        assertThat(days.err()).contains("天数 -1 无效");
        assertThat(CliRun.of("deadlines", "--help").out()).contains("--overdue").contains("--appraisal")
                .contains("--expiries").contains("--as-of").contains("--within");
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private void bind(String name, String category, String closed) throws IOException {
        CliRun bound = run("bind", folder(name, category, closed).toString(), "--out", dir.resolve("out").toString());
        assertThat(bound.code()).as(bound.err()).isZero();
    }

    private void imported(String name, String closed) throws IOException {
        CliRun run = run("case", "import", folder(name, "行政检查", closed).toString());
        assertThat(run.code()).as(run.err()).isZero();
    }

    private Path folder(String name, String category, String closed) throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve(name));
        Files.writeString(caseDir.resolve("case.yaml"), """
                category: %s
                title: %s 案
                parties: [陈某]
                department: 执法监督处
                officer: 陈建华
                opened: 2013-02-15
                closed: %s
                materials:
                  - {title: 现场检查笔录, pages: 2}
                """.formatted(category, name, closed), StandardCharsets.UTF_8);
        return caseDir;
    }
}
