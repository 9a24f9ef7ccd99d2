package org.anjuan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ProgressListener;
import org.anjuan.i18n.Messages;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    @TempDir
    Path dir;

    private final Messages zh = Messages.chinese();
    private InstallationSettings office;
    private BackupService backups;

    @BeforeEach
    void register() throws IOException {
        office = BackupRoundTripTest.settings(dir.resolve("office"));
        try (AppContext app = AppContext.open(office)) {
            importCase(app, "first", "厦门某置业有限公司未按规定修建防空地下室案");
        }
        backups = BackupService.forInstallation(office);
    }

    @Test
    void aRestoreReplacesTheRegisterAndFirstBacksUpWhatItReplaces() throws Exception {
        BackupInfo backup = backups.backup(dir.resolve("monday.zip"), ProgressListener.NONE);
        assertThat(backup.cases()).isEqualTo(1);
        assertThat(backup.manifest().engine()).isEqualTo("H2");
        assertThat(backup.manifest().schemaVersion()).isEqualTo(org.anjuan.store.SchemaVersions.latest());
        try (AppContext app = AppContext.open(office)) {
            importCase(app, "second", "陈某向人民防空工程内倾倒废弃物案");
            assertThat(app.cases().register()).hasSize(2);
        }

        RestoreResult result = backups.restore(backup.file(), ProgressListener.NONE);

        assertThat(result.restored().cases()).isEqualTo(1);
        assertThat(result.safetyCopy()).as("backed up, so its file need not stay").isNull();
        assertThat(result.before()).isRegularFile().hasParent(backups.settings().folder());
        assertThat(result.before().getFileName().toString()).startsWith("db-before-restore-").endsWith(".zip");
        assertThat(backups.inspect(result.before()).cases()).as("what was replaced can be had back").isEqualTo(2);
        try (AppContext app = AppContext.open(office)) {
            assertThat(app.cases().register()).extracting(c -> c.title())
                    .containsExactly("厦门某置业有限公司未按规定修建防空地下室案");
            assertThat(app.audit().verify().intact()).isTrue();
            assertThat(app.audit().recent(null, null, 1).get(0).action()).isEqualTo("database.restore");
        }
        assertThat(names(office.database().getParent())).containsExactlyInAnyOrder("db.mv.db", "backups");
    }

    @Test
    void aDamagedTruncatedOrForeignFileIsRefusedAndNothingChanges() throws Exception {
        Path good = backups.backup(dir.resolve("good.zip"), ProgressListener.NONE).file();
        Map<String, List<List<String>>> before = TableRows.of(office.database());
        Set<String> files = names(office.database().getParent());

        assertThat(refusal(BackupFiles.flipped(good, dir.resolve("flipped.zip"))))
                .startsWith("备份文件“" + dir.resolve("flipped.zip") + "”已损坏或不完整").contains("当前数据库未做任何改动")
                .contains("请改用另一份备份");
        assertThat(refusal(BackupFiles.truncated(good, dir.resolve("cut.zip"))))
                .startsWith("备份文件“" + dir.resolve("cut.zip") + "”已损坏或不完整");
        assertThat(refusal(BackupFiles.foreignZip(dir.resolve("cases.zip"))))
                .startsWith("文件“" + dir.resolve("cases.zip") + "”不是案卷数据库备份");
        Path text = Files.writeString(dir.resolve("notes.zip"), "不是压缩文件", StandardCharsets.UTF_8);
        assertThat(refusal(text)).startsWith("文件“" + text + "”不是案卷数据库备份");
        assertThat(refusal(dir.resolve("nowhere.zip"))).isEqualTo("找不到备份文件“" + dir.resolve("nowhere.zip")
                + "”。请检查文件名和路径。");
        Path newer = BackupFiles.withManifest(good, dir.resolve("newer.zip"), p -> p.setProperty("schema.version", "99"));
        assertThat(refusal(newer)).isEqualTo("备份文件“" + newer + "”来自较新版本的案卷程序（数据库结构第 99 版，本程序只到第 "
                + org.anjuan.store.SchemaVersions.latest() + " 版），不能恢复。请先升级本程序再恢复此备份。当前数据库未做任何改动。");
        Path pg = BackupFiles.withManifest(good, dir.resolve("pg.zip"), p -> p.setProperty("engine", "PostgreSQL"));
        assertThat(refusal(pg)).contains("是 PostgreSQL 数据库的备份，当前使用的是 H2 数据库");
        Path short1 = BackupFiles.withScript(good, dir.resolve("short.zip"),
                s -> s.replaceFirst("(?s)INSERT INTO \"PUBLIC\".\"CASE_PARTY\".*?;\n", ""));
        assertThat(refusal(short1)).contains("载入后表 case_party 有 0 行，与备份记录的 1 行不符");
        Path garbled = BackupFiles.withScript(good, dir.resolve("garbled.zip"), s -> s + "INSERT INTO nowhere VALUES (1);\n");
        assertThat(refusal(garbled)).startsWith("备份文件“" + garbled + "”中的数据无法载入（");

        assertThat(TableRows.of(office.database())).isEqualTo(before);
        assertThat(names(office.database().getParent())).isEqualTo(files);
    }

    @Test
    void aBackupWhoseDataIsNewerThanItsManifestSaysIsRefusedWhenLoaded() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + office.database() + ";TRACE_LEVEL_FILE=0", "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 'sa', 1, TRUE)");
        }
        Path future = backups.backup(dir.resolve("future.zip"), ProgressListener.NONE).file();
        Path disguised = BackupFiles.withManifest(future, dir.resolve("disguised.zip"),
                p -> p.setProperty("schema.version", "1"));
        InstallationSettings elsewhere = BackupRoundTripTest.settings(dir.resolve("elsewhere"));
        AnjuanException e = catchThrowableOfType(AnjuanException.class,
                () -> BackupService.forInstallation(elsewhere).restore(disguised, ProgressListener.NONE));
        assertThat(zh.text(e)).startsWith("备份文件“" + disguised + "”来自较新版本的案卷程序（数据库结构第 99 版");
        assertThat(elsewhere.database().getParent()).as("the loaded database is removed").isEmptyDirectory();
    }

    @Test
    void aRegisterInUseIsNotReplaced() throws Exception {
        Path good = backups.backup(dir.resolve("good.zip"), ProgressListener.NONE).file();
        try (AppContext window = AppContext.open(office)) {
            Map<String, List<List<String>>> before = TableRows.of(office.database());
            assertThat(refusal(good)).isEqualTo("数据库“" + office.database() + "”正被其他窗口或程序使用，不能恢复。"
                    + "请先关闭其他案卷窗口（包括其他电脑上连接此数据库的窗口）和正在运行的命令，再重试。当前数据库未做任何改动。");
            assertThat(TableRows.of(office.database())).isEqualTo(before);
            assertThat(window.cases().register()).hasSize(1);
        }
        assertThat(names(office.database().getParent())).containsExactly("db.mv.db");
    }

    @Test
    void aBackupFromAnOlderVersionIsMigratedWhenRestored() throws Exception {
        Path old = dir.resolve("old/data/db");
        Flyway.configure().dataSource("jdbc:h2:file:" + old, "sa", "").locations("classpath:db/migration")
                .target("9").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + old, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO case_file (category, title, department, officer, opened_on, closed_on, created_at,"
                    + " updated_at) VALUES ('INSPECTION', '某单位人防工程检查', '执法监督处', '李明', DATE '2023-01-05',"
                    + " DATE '2023-01-20', LOCALTIMESTAMP, LOCALTIMESTAMP)");
        }
        InstallationSettings before = BackupRoundTripTest.settings(dir.resolve("old"));
        BackupInfo backup = BackupService.forInstallation(before).backup(dir.resolve("v9.zip"), ProgressListener.NONE);
        assertThat(backup.manifest().schemaVersion()).isEqualTo("9");
        assertThat(backup.manifest().rows()).doesNotContainKey("av_record");

        RestoreResult result = backups.restore(backup.file(), ProgressListener.NONE);

        assertThat(result.schemaBefore()).isEqualTo("9");
        assertThat(result.schemaAfter()).isEqualTo(org.anjuan.store.SchemaVersions.latest());
        assertThat(result.migrated()).isTrue();
        assertThat(result.audit().intact()).isTrue();
        assertThat(TableRows.of(office.database())).containsKey("av_record");
        try (AppContext app = AppContext.open(office)) {
            assertThat(app.cases().register()).extracting(c -> c.title()).containsExactly("某单位人防工程检查");
            assertThat(app.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void aCancelledBackupLeavesNothing() {
        ProgressListener stop = new ProgressListener() {
            @Override
            public void progress(long done, long total, String what) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        AnjuanException e = catchThrowableOfType(AnjuanException.class,
                () -> backups.backup(dir.resolve("out/cancelled.zip"), stop));
        assertThat(zh.text(e)).isEqualTo("已取消，没有留下不完整的文件，数据库未做任何改动。");
        assertThat(dir.resolve("out")).isEmptyDirectory();
    }

    @Test
    void aFolderGivenAsTargetGetsAFileNamedAfterTheRegisterAndTheTime() throws IOException {
        Files.createDirectories(dir.resolve("stick"));
        BackupInfo info = backups.backup(dir.resolve("stick"), ProgressListener.NONE);
        assertThat(info.file().getParent()).isEqualTo(dir.resolve("stick"));
        assertThat(info.file().getFileName().toString()).matches("db-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.zip");
        assertThat(backups.check(info.file(), ProgressListener.NONE).cases()).isEqualTo(1);
    }

    private String refusal(Path backup) {
        AnjuanException e = catchThrowableOfType(AnjuanException.class,
                () -> backups.restore(backup, ProgressListener.NONE));
        assertThat(e).as("refused: " + backup).isNotNull();
        return zh.text(e);
    }

    static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new TreeSet<>(files.map(p -> p.getFileName().toString()).toList());
        }
    }

    static long importCase(AppContext app, String folder, String title) throws IOException {
        Path caseDir = app.settings().dataDir().resolve("cases").resolve(folder);
        TestScans.caseYaml(caseDir, "行政检查", "- {title: 检查记录, pages: 2}\n");
        Files.writeString(caseDir.resolve("case.yaml"), Files.readString(caseDir.resolve("case.yaml"))
                .replace("厦门某置业有限公司未按规定修建防空地下室案", title));
        return app.cases().importFolder(caseDir).id();
    }
}
