package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anjuan.app.BackupInfo;
import org.anjuan.app.BackupManifest;
import org.anjuan.app.RestoreResult;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.AuditVerdict;
import org.anjuan.domain.ProgressListener;
import org.anjuan.i18n.Messages;
import org.anjuan.ui.UiFixtures.FakeRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 备份数据库… and 恢复数据库… without a toolkit: the outcome for the dialog, the restore's question naming the backup's
 * date and contents, the register let go of before and opened again after a restore, whatever its outcome.
 */
class BackupViewModelTest {

    private static final Path FILE = Path.of("/备份/db-2026-11-20.zip");

    private final List<String> shown = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private final FakeDesk desk = new FakeDesk();
    private final FakeRegister register = new FakeRegister();
    private final List<BackupViewModel.Report> reports = new ArrayList<>();
    private MainViewModel main;
    private BackupViewModel vm;

    @BeforeEach
    void setUp() {
        main = new MainViewModel(BackgroundTasks.sameThread(), Messages.chinese(),
                (header, message, details) -> shown.add(header + "|" + message), new PrintAnswers(),
                () -> LocalDate.of(2026, 11, 23));
        main.connect(() -> register);
        vm = main.backup();
        vm.connect(desk, () -> {
            steps.add("let go");
            main.disconnect();
        }, () -> {
            steps.add("reopen");
            main.connect(() -> register);
        });
        vm.reportProperty().addListener((obs, old, r) -> {
            if (r != null) {
                reports.add(r);
            }
        });
    }

    @Test
    void aBackupReportsWhereItWentAndWhatItHolds() {
        vm.backupTo(FILE);

        assertThat(desk.calls).containsExactly("backup " + FILE);
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.header()).isEqualTo("数据库已备份");
            assertThat(r.text()).startsWith("已备份到 " + FILE + "（2.0 KB）：").contains("案件 3 件、材料 12 份、案卷 2 卷");
        });
        assertThat(main.statusProperty().get()).isEqualTo("已备份数据库：db-2026-11-20.zip");
        assertThat(vm.workingProperty().get()).isFalse();
    }

    @Test
    void theClerkIsAskedWithTheBackupsDateAndContentsAndNoMeansNothingHappens() {
        vm.restoreFrom(FILE);

        assertThat(vm.questionProperty().get()).isNotNull();
        assertThat(vm.questionProperty().get().text()).contains("备份文件：" + FILE).contains("备份时间：2026年11月20日")
                .contains("备份内容：案件 3 件、材料 12 份、案卷 2 卷、档案盒 1 个、审计记录 40 条")
                .contains("将替换数据库：/data/db");
        vm.declineRestore();

        assertThat(vm.questionProperty().get()).isNull();
        assertThat(desk.calls).containsExactly("inspect " + FILE);
        assertThat(steps).isEmpty();
        assertThat(main.statusProperty().get()).isEqualTo("已取消恢复，当前数据库未做任何改动。");
        assertThat(main.commandsDisabled().get()).isFalse();
    }

    @Test
    void yesLetsGoOfTheRegisterRestoresAndOpensItAgain() {
        vm.restoreFrom(FILE);
        vm.confirmRestore();

        assertThat(steps).containsExactly("let go", "reopen");
        assertThat(desk.calls).containsExactly("inspect " + FILE, "restore " + FILE);
        assertThat(desk.registerOpenWhenRestoring).isFalse();
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.header()).isEqualTo("数据库已恢复");
            assertThat(r.text()).contains("已从备份 " + FILE).contains("审计日志核验完整：共 41 条记录");
        });
        assertThat(main.commandsDisabled().get()).as("the register is open again").isFalse();
        assertThat(shown).isEmpty();
    }

    @Test
    void aRefusedRestoreIsShownAndTheRegisterOpensAgain() {
        desk.restoreRefusal = new AnjuanException("backup.restore.inUse", "/data/db");
        vm.restoreFrom(FILE);
        vm.confirmRestore();

        assertThat(steps).containsExactly("let go", "reopen");
        assertThat(shown).singleElement().asString().startsWith("数据库未能恢复|数据库“/data/db”正被其他窗口或程序使用");
        assertThat(reports).isEmpty();
        assertThat(main.commandsDisabled().get()).isFalse();
    }

    @Test
    void aDamagedFileIsRefusedBeforeAnythingIsAsked() {
        desk.inspectRefusal = new AnjuanException("backup.file.corrupt", FILE, "h2/script.sql: SHA-256");
        vm.restoreFrom(FILE);

        assertThat(vm.questionProperty().get()).isNull();
        assertThat(steps).isEmpty();
        assertThat(shown).singleElement().asString().startsWith("数据库未能恢复|备份文件“" + FILE + "”已损坏或不完整");
    }

    @Test
    void theDailyBackupOnlyTellsTheStatusLine() throws InterruptedException {
        vm.daily();
        synchronized (desk) {
            long until = System.currentTimeMillis() + 10_000;
            while (!desk.calls.contains("daily") && System.currentTimeMillis() < until) {
                desk.wait(100);
            }
        }
        long until = System.currentTimeMillis() + 10_000;
        while (!main.statusProperty().get().startsWith("已做今日自动备份") && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertThat(main.statusProperty().get()).isEqualTo("已做今日自动备份：db-2026-11-20.zip");
        assertThat(reports).isEmpty();
        assertThat(shown).isEmpty();
    }

    static BackupInfo info(Path file) {
        BackupManifest m = new BackupManifest(1, "0.1.0", "10", "H2", "2.3.232",
                OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneOffset.ofHours(8)), "/data/db",
                Map.of("case_file", 3L, "material", 12L, "volume", 2L, "archive_box", 1L, "audit_log", 40L),
                Map.of("h2/script.sql", new BackupManifest.Entry(1800, "ab")));
        return new BackupInfo(file, 2048, m);
    }

    /** The application layer, as the view model sees it. */
    final class FakeDesk implements BackupDesk {

        final List<String> calls = new ArrayList<>();
        AnjuanException inspectRefusal;
        AnjuanException restoreRefusal;
        Boolean registerOpenWhenRestoring;

        @Override
        public BackupInfo backup(Path file, ProgressListener progress) {
            calls.add("backup " + file);
            progress.progress(5, 10, "");
            return info(file);
        }

        @Override
        public BackupInfo inspect(Path file) {
            calls.add("inspect " + file);
            if (inspectRefusal != null) {
                throw inspectRefusal;
            }
            return info(file);
        }

        @Override
        public RestoreResult restore(Path file, ProgressListener progress) {
            calls.add("restore " + file);
            registerOpenWhenRestoring = !main.commandsDisabled().get();
            if (restoreRefusal != null) {
                throw restoreRefusal;
            }
            return new RestoreResult(info(file), Path.of("/data/backups/db-before-restore.zip"), null, "10", "10",
                    AuditVerdict.intact(41, 41L, "cd"));
        }

        @Override
        public synchronized Optional<BackupInfo> dailyIfDue() {
            calls.add("daily");
            notifyAll();
            return Optional.of(info(FILE));
        }

        @Override
        public String suggestedName() {
            return "db-2026-11-20-093000.zip";
        }

        @Override
        public Path folder() {
            return Path.of("/data/backups");
        }

        @Override
        public String location() {
            return "/data/db";
        }
    }
}
