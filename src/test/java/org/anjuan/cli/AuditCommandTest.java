package org.anjuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** audit verify on an untouched register, then after a line was changed with plain SQL; audit list. */
class AuditCommandTest {

    private static final String NUMBER = "2023年厦国动罚字第01号";

    @TempDir
    Path dir;

    @Test
    void anUntouchedLogVerifiesAndATamperedOneNamesTheLine() throws Exception {
        CliRun bind = run("bind", folder().toString(), "--out", dir.resolve("out").toString());
        assertThat(bind.code()).as(bind.err()).isZero();
        assertThat(run("number", "void", "2023年厦国动罚字第09号", "--reason", "误取号").code()).isEqualTo(Cli.REFUSED);

        CliRun intact = run("audit", "verify");
        assertThat(intact.code()).as(intact.err()).isZero();
        assertThat(intact.out()).startsWith("审计日志完整：共 3 条记录，逐条核对无误；最后一条是第 3 条，校验值 ");

        sql("UPDATE audit_log SET actor = '他人' WHERE id = 2");
        CliRun broken = run("audit", "verify");
        assertThat(broken.code()).isEqualTo(AuditCommand.BROKEN).isEqualTo(1);
        assertThat(broken.out()).contains("审计日志第 2 条记录写入后被改动过：它的内容与写入时的校验值不符。")
                .contains("在此之前的 1 条记录核对无误。").contains("请不要再修改数据库");
    }

    @Test
    void aDeletedLastLineIsNamed() throws Exception {
        assertThat(run("case", "import", folder().toString()).code()).isZero();
        assertThat(run("retention", "1", "--set", "永久", "--reason", "经分管领导批准").code()).isZero();
        sql("DELETE FROM audit_log WHERE id = 2");
        CliRun broken = run("audit", "verify");
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.out()).contains("审计日志末尾的记录被删除：最后写入的是第 2 条，日志中只剩到第 1 条。");
    }

    @Test
    void theLatestLinesAreListedInTheClerksWords() throws Exception {
        CliRun bind = run("bind", folder().toString(), "--out", dir.resolve("out").toString());
        assertThat(bind.code()).as(bind.err()).isZero();

        CliRun all = run("audit", "list");
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.out()).contains("序号").contains("操作人").contains("导入案件").contains("案件 1")
                .contains("取号").contains("案卷序号 " + NUMBER).contains("装订案卷").contains("共显示 3 条记录。");
        assertThat(run("audit", "list", "--limit", "1").out()).contains("装订案卷").doesNotContain("导入案件")
                .contains("共显示 1 条记录。");
        assertThat(run("audit", "list", "--case", "1", "--entity", "case").out()).contains("导入案件")
                .doesNotContain("装订案卷");

        CliRun unknown = run("audit", "list", "--case", "7");
        assertThat(unknown.code()).isEqualTo(Cli.REFUSED);
        assertThat(unknown.err()).contains("案件 7 不存在");
        CliRun none = run("audit", "list", "--limit", "0");
        assertThat(none.code()).isEqualTo(Cli.REFUSED);
        assertThat(none.err()).contains("条数 0 无效：请写 1 或更大的数。");
    }

    @Test
    void verifyExplainsItsExitCodes() {
        CliRun help = CliRun.of("audit", "verify", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("0 完整").contains("1 已被改动").contains("2 无法核验");
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    /** Tampering as someone with the database file would: plain SQL, not through Anjuan. */
    private void sql(String statement) throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(statement)).isEqualTo(1);
        }
    }

    private Path folder() throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        Files.writeString(caseDir.resolve("case.yaml"), """
                category: 行政处罚简易程序
                title: 陈某向人民防空工程内倾倒废弃物案
                parties: [陈某]
                department: 执法监督处
                officer: 陈建华、林晓雯
                opened: 2023-02-15
                closed: 2023-03-20
                materials:
                  - {title: 当场行政处罚决定书, pages: 2}
                  - {title: 现场检查笔录, pages: 1}
                """, StandardCharsets.UTF_8);
        return caseDir;
    }
}
