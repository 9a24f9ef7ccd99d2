package org.anjuan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.anjuan.domain.AuditVerdict;
import org.anjuan.domain.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A register with every kind of row, backed up while open and restored into a new installation: every table comes
 * back row for row (the restore adds its own audit line), the audit chain verifies, and ids go on where they were.
 */
class BackupRoundTripTest {

    /**
     * Every table there was when this test was written, each filled by {@link FilledRegister}. A table added later
     * is compared all the same (the tables are read from INFORMATION_SCHEMA); give the fixture a row of it too.
     */
    private static final List<String> FILLED = List.of("archive_box", "archive_number", "audit_head", "audit_log",
            "av_record", "box_volume", "case_file", "case_link", "case_party", "flyway_schema_history",
            "handover_finding", "handover_material", "handover_reason", "handover_round", "material",
            "number_sequence", "order_template", "page_override", "setting", "supplement", "volume", "volume_cover",
            "volume_directory_row", "volume_note", "volume_paper_original");

    @TempDir
    Path dir;

    @Test
    void everyTableComesBackRowForRow() throws Exception {
        InstallationSettings office = settings(dir.resolve("office"));
        BackupInfo backup;
        long lastCase;
        try (AppContext app = AppContext.open(office)) {
            FilledRegister.fill(app, dir);
            lastCase = app.cases().register().stream().mapToLong(c -> c.id()).max().orElseThrow();
            // taken while the register is open, as the window has it
            backup = BackupService.forInstallation(office).backup(dir.resolve("out/backup.zip"), ProgressListener.NONE);
        }
        Map<String, List<List<String>>> original = TableRows.of(office.database());
        assertThat(original.keySet()).as("the tables the fixture fills").containsAll(FILLED);
        FILLED.forEach(table -> assertThat(original.get(table)).as(table).isNotEmpty());
        assertThat(backup.manifest().rows()).hasSameSizeAs(original);
        original.forEach((table, rows) -> assertThat(backup.manifest().rows(table)).as(table).isEqualTo(rows.size()));

        InstallationSettings elsewhere = settings(dir.resolve("elsewhere"));
        RestoreResult result = BackupService.forInstallation(elsewhere).restore(backup.file(), ProgressListener.NONE);
        assertThat(result.before()).as("nothing there to back up first").isNull();
        assertThat(result.migrated()).isFalse();
        assertThat(result.audit().intact()).isTrue();

        Map<String, List<List<String>>> restored = TableRows.of(elsewhere.database());
        assertThat(restored.keySet()).isEqualTo(original.keySet());
        for (String table : original.keySet()) {
            if (!table.startsWith("audit_")) {
                assertThat(restored.get(table)).as(table).isEqualTo(original.get(table));
            }
        }
        List<List<String>> restoreLine = restored.get("audit_log").stream()
                .filter(row -> row.contains("database.restore")).toList();
        assertThat(restoreLine).hasSize(1);
        assertThat(restored.get("audit_log").stream().filter(row -> !row.contains("database.restore")).toList())
                .isEqualTo(original.get("audit_log"));
        assertThat(restoreLine.get(0)).contains("backup.zip", String.valueOf(original.get("audit_log").size() + 1));

        try (AppContext app = AppContext.open(elsewhere)) {
            AuditVerdict v = app.audit().verify();
            assertThat(v.intact()).isTrue();
            assertThat(v.entries()).isEqualTo(original.get("audit_log").size() + 1);
            Path next = dir.resolve("cases/next");
            TestScans.caseYaml(next, "行政检查", "- {title: 检查记录, pages: 1}\n");
            assertThat(app.cases().importFolder(next).id()).as("the identity goes on").isEqualTo(lastCase + 1);
            assertThat(app.audit().verify().intact()).isTrue();
        }
        try (Stream<Path> left = Files.list(elsewhere.database().getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no restore files left beside it")
                    .allMatch(n -> n.equals("db.mv.db"));
        }
    }

    static InstallationSettings settings(Path home) {
        return new InstallationSettings(home, home.resolve("data/db"), Locale.SIMPLIFIED_CHINESE, "档案员");
    }
}
