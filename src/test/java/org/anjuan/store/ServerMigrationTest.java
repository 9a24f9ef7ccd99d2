package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.AUDIT_HEAD;
import static org.anjuan.store.jooq.Tables.AUDIT_LOG;
import static org.anjuan.store.jooq.Tables.CASE_FILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveNumberFormat;
import org.anjuan.domain.AuditVerdict;
import org.anjuan.domain.ProgressListener;
import org.anjuan.store.jooq.DefaultSchema;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving a used H2 register to an empty PostgreSQL database: everything arrives, and the register goes on. */
class ServerMigrationTest {

    @Test
    void everyTableArrivesRowForRowAndTheRegisterGoesOnFromThere(@TempDir Path dir) {
        Path file = dir.resolve("register");
        try (Database h2 = Database.openFile(file)) {
            BusyRegister.fill(h2);
        }
        ServerAddress server = TestServer.freshDatabase("migrate");
        try (Database source = Database.openFileAlone(file); Database target = Database.openServer(server)) {
            ServerMigration.Result moved = ServerMigration.copy(source, target, "档案员", ProgressListener.NONE);

            assertThat(moved.rows().keySet()).as("parents first")
                    .containsSubsequence("case_file", "material", "volume", "box_volume")
                    .containsSubsequence("archive_box", "box_volume")
                    .containsSubsequence("handover_round", "handover_material");
            assertThat(moved.rows()).containsEntry("case_file", 5L).containsEntry("archive_box", 1L);
            for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                List<List<Object>> there = rows(target, t);
                List<List<Object>> here = rows(source, t);
                if (t.equals(AUDIT_HEAD)) {
                    continue; // it names the move's own line: see the chain's verdict below
                }
                if (t.equals(AUDIT_LOG)) {
                    assertThat(there.subList(0, here.size())).as("audit_log").isEqualTo(here);
                    assertThat(there).hasSize(here.size() + 1); // the move's own line
                } else {
                    assertThat(there).as(t.getName()).isEqualTo(here);
                }
            }
            AuditVerdict chain = new AuditLog(target).verify();
            assertThat(chain.intact()).isTrue();
            assertThat(chain.entries()).isEqualTo(moved.rows().get("audit_log") + 1);
        }

        // a workstation on the server goes on numbering after the moved rows
        try (Database target = Database.openServer(server)) {
            long lastCase = target.dsl().select(org.jooq.impl.DSL.max(CASE_FILE.ID)).from(CASE_FILE).fetchOne().value1();
            assertThat(TestCases.store(target)).isEqualTo(lastCase + 1);
            assertThat(new NumberRegister(target).issue(ArchiveNumberFormat.standard(), 2023, "罚", 1, null, "档案员")
                    .get(0).text()).isEqualTo("2023年厦国动罚字第05号");
            assertThat(new AuditLog(target).verify().intact()).isTrue();
        }
    }

    @Test
    void aServerDatabaseThatHoldsARegisterIsNotATarget(@TempDir Path dir) {
        Path file = dir.resolve("register");
        try (Database h2 = Database.openFile(file)) {
            TestCases.store(h2);
        }
        ServerAddress server = TestServer.freshDatabase("migrate-twice");
        try (Database source = Database.openFileAlone(file); Database target = Database.openServer(server)) {
            ServerMigration.copy(source, target, "档案员", ProgressListener.NONE);
            Map<String, Long> before = ServerMigration.rowCounts(target);
            assertThatThrownBy(() -> ServerMigration.copy(source, target, "档案员", ProgressListener.NONE))
                    .isInstanceOfSatisfying(AnjuanException.class,
                            e -> assertThat(e.key()).isEqualTo("db.migrate.notEmpty"));
            assertThat(ServerMigration.rowCounts(target)).isEqualTo(before);
        }
    }

    @Test
    void aFileInUseByAWindowIsNotMoved(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("register");
        try (Database h2 = Database.openFile(file)) {
            TestCases.store(h2);
        }
        Process window = HoldOpen.start(file); // a clerk's window in another process
        try {
            assertThatThrownBy(() -> Database.openFileAlone(file))
                    .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.key()).isEqualTo("store.locked"));
        } finally {
            window.getOutputStream().close();
            window.waitFor();
        }
        try (Database alone = Database.openFileAlone(file)) {
            assertThat(alone.dsl().fetchCount(CASE_FILE)).isEqualTo(1);
        }
    }

    private static List<List<Object>> rows(Database db, Table<?> t) {
        var order = t.getPrimaryKey() != null ? t.getPrimaryKey().getFields() : List.of(t.fields()[0]);
        return db.dsl().selectFrom(t).orderBy(order.toArray(new org.jooq.Field<?>[0])).fetch()
                .map(r -> java.util.Arrays.asList(((Record) r).intoArray()));
    }
}
