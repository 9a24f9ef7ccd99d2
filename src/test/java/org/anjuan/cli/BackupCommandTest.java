package org.anjuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.anjuan.Main;
import org.anjuan.app.AppContext;
import org.anjuan.app.InstallationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup FILE | check | list | auto and restore FILE on the command line, in Chinese, as a clerk runs them. */
class BackupCommandTest {

    @TempDir
    Path dir;

    @Test
    void aBackupIsTakenCheckedAndRestoredAfterAskingTheClerk() throws IOException {
        assertThat(run("case", "import", folder("first", "厦门某置业有限公司未按规定修建防空地下室案").toString()).code()).isZero();
        Path file = dir.resolve("备份/周一.zip");

        CliRun backup = run("backup", file.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("已备份数据库到 " + file + "（").contains("案件 1 件、材料 2 份、案卷 0 卷")
                .contains("审计记录 1 条");
        assertThat(file).isRegularFile();
        CliRun again = run("backup", file.toString());
        assertThat(again.code()).isEqualTo(Cli.REFUSED);
        assertThat(again.err().strip()).isEqualTo("文件“" + file + "”已存在。请换一个文件名，或加 --force 覆盖。");
        assertThat(run("backup", file.toString(), "--force").code()).isZero();

        CliRun check = run("backup", "check", file.toString());
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).startsWith("备份文件 " + file + " 完好：制作于 ").contains("已试载入临时数据库并逐表核对行数");

        assertThat(run("case", "import", folder("second", "陈某向人民防空工程内倾倒废弃物案").toString()).code()).isZero();
        CliRun declined = runWithInput("no\n", "restore", file.toString());
        assertThat(declined.code()).isEqualTo(Cli.REFUSED);
        assertThat(declined.out()).contains("备份文件：" + file).contains("备份内容：案件 1 件").contains("将替换数据库：" + db())
                .contains("确认用此备份替换当前数据库？输入 yes 继续");
        assertThat(declined.err().strip()).isEqualTo("未确认，已取消恢复，当前数据库未做任何改动。不询问直接恢复请加 --yes。");
        assertThat(run("case", "list").out()).contains("陈某向人民防空工程内倾倒废弃物案");

        CliRun restored = runWithInput("yes\n", "restore", file.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("已从备份 " + file).contains("恢复前的数据库已备份到 " + dir.resolve("backups"))
                .contains("审计日志核验完整：共 2 条记录（含本次恢复的记录）。");
        assertThat(run("case", "list").out()).contains("厦门某置业有限公司未按规定修建防空地下室案")
                .doesNotContain("陈某向人民防空工程内倾倒废弃物案");
        assertThat(run("audit", "verify").code()).isZero();
        assertThat(run("audit", "list", "--limit", "1").out()).contains("从备份恢复数据库").contains("备份文件 周一.zip");

        CliRun list = run("backup", "list");
        assertThat(list.out()).contains("db-before-restore-").contains("恢复前").contains("共 1 份");
    }

    @Test
    void theDailyBackupIsTakenOnceADay() throws IOException {
        assertThat(run("case", "import", folder("first", "某单位人防工程检查案").toString()).code()).isZero();
        assertThat(run("backup", "list").out().strip()).isEqualTo("备份文件夹 " + dir.resolve("backups") + " 中还没有备份。");
        CliRun auto = run("backup", "auto");
        assertThat(auto.code()).as(auto.err()).isZero();
        assertThat(auto.out()).startsWith("已做今日自动备份：" + dir.resolve("backups/db-")).contains("保留最近 7 份");
        assertThat(run("backup", "auto").out()).startsWith("今日的自动备份已经在 " + dir.resolve("backups") + " 中");
        assertThat(run("backup", "list").out()).contains("每日自动").contains("共 1 份（每日自动备份保留最近 7 份）");
    }

    @Test
    void aDamagedFileIsRefusedNamingItAndTheHelpIsChinese() throws IOException {
        assertThat(run("case", "import", folder("first", "某单位人防工程检查案").toString()).code()).isZero();
        Path file = dir.resolve("good.zip");
        assertThat(run("backup", file.toString()).code()).isZero();
        byte[] bytes = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(bytes, bytes.length - 40));

        CliRun refused = run("restore", cut.toString(), "--yes");
        assertThat(refused.code()).isEqualTo(Cli.REFUSED);
        assertThat(refused.err()).startsWith("备份文件“" + cut + "”已损坏或不完整").contains("当前数据库未做任何改动");
        CliRun check = run("backup", "check", cut.toString());
        assertThat(check.code()).isEqualTo(Cli.REFUSED);
        assertThat(run("case", "list").out()).contains("某单位人防工程检查案");

        CliRun noFile = run("backup");
        assertThat(noFile.code()).isEqualTo(Cli.REFUSED);
        assertThat(noFile.err()).startsWith("请写明备份到哪个文件或文件夹");
        assertThat(run("backup", "--help").out()).contains("备份数据库").contains("FILE").contains("list")
                .contains("check").contains("auto");
        assertThat(run("restore", "--help").out()).contains("从备份恢复数据库").contains("--yes");
    }

    @Test
    void aRestoreIsRefusedWhileAWindowHasTheRegisterOpen() throws Exception {
        assertThat(run("case", "import", folder("first", "某单位人防工程检查案").toString()).code()).isZero();
        Path file = dir.resolve("good.zip");
        assertThat(run("backup", file.toString()).code()).isZero();
        try (AppContext window = AppContext.open(new InstallationSettings(dir, db(),
                java.util.Locale.SIMPLIFIED_CHINESE, "档案员"))) {
            // the command runs in a process of its own, as the clerk's terminal beside the open window
            Process cli = startCli("restore", file.toString(), "--yes");
            String err = new String(cli.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            cli.getInputStream().readAllBytes();
            assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(cli.exitValue()).as(err).isEqualTo(Cli.REFUSED);
            assertThat(err.strip()).isEqualTo("数据库“" + db() + "”正被其他窗口或程序使用，不能恢复。请先关闭其他案卷窗口"
                    + "（包括其他电脑上连接此数据库的窗口）和正在运行的命令，再重试。当前数据库未做任何改动。");
            assertThat(window.cases().register()).hasSize(1);
        }
    }

    @Test
    void aBackupIsTakenFromAnotherProcessWhileAWindowHasTheRegisterOpen() throws Exception {
        assertThat(run("case", "import", folder("first", "某单位人防工程检查案").toString()).code()).isZero();
        Path file = dir.resolve("while-open.zip");
        try (AppContext window = AppContext.open(new InstallationSettings(dir, db(),
                java.util.Locale.SIMPLIFIED_CHINESE, "档案员"))) {
            Process cli = startCli("backup", file.toString());
            String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(cli.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(cli.exitValue()).as(err).isZero();
            assertThat(out).startsWith("已备份数据库到 " + file).contains("案件 1 件");
            assertThat(window.cases().register()).hasSize(1);
        }
        assertThat(run("backup", "check", file.toString()).code()).isZero();
    }

    private Process startCli(String... command) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> args = new ArrayList<>(List.of(java.toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--db", db().toString()));
        args.addAll(List.of(command));
        return new ProcessBuilder(args).start();
    }

    private Path db() {
        return dir.resolve("db");
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db().toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private CliRun runWithInput(String input, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(before);
        }
    }

    private Path folder(String name, String title) throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve("cases").resolve(name));
        Files.writeString(caseDir.resolve("case.yaml"), """
                category: 行政检查
                title: %s
                parties: [某单位]
                department: 执法监督处
                officer: 陈建华、林晓雯
                opened: 2023-02-15
                closed: 2023-03-20
                materials:
                  - {title: 检查记录, pages: 2}
                  - {title: 整改通知书, pages: 1}
                """.formatted(title), StandardCharsets.UTF_8);
        return caseDir;
    }
}
