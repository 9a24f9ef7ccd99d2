package org.anjuan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveNumberFormat;
import org.anjuan.domain.ProgressListener;
import org.anjuan.store.jooq.DefaultSchema;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

/**
 * pg_dump and pg_restore behind the backup seam: a backup of a used register taken while a clerk keeps issuing
 * numbers is one moment of it, and restoring it brings back every table as it was at that moment.
 */
class PostgresBackupTest {

    @Test
    void aRestoredBackupHoldsEveryTableAsItWasWhenTheBackupWasTaken() throws Exception {
        ServerAddress server = TestServer.freshDatabase("backup");
        PostgresBackup backup = new PostgresBackup(server);
        Map<String, byte[]> file = new LinkedHashMap<>();
        Map<String, List<List<Object>>> atBackup = new LinkedHashMap<>();
        DatabaseBackup.Snapshot snapshot;
        try (Database db = Database.openServer(server)) {
            BusyRegister.fill(db);
            for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                atBackup.put(t.getName().toLowerCase(), rows(db, t));
            }
            // a clerk goes on issuing numbers while the backup runs: the backup is one moment all the same
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clerk = Executors.newSingleThreadExecutor();
            Future<Integer> issued = clerk.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    new NumberRegister(db).issue(ArchiveNumberFormat.standard(), 2025, "罚", 1, null, "档案员");
                    n++;
                }
                return n;
            });
            try {
                snapshot = backup.write(entries(file), ProgressListener.NONE);
            } finally {
                stop.set(true);
                clerk.shutdown();
            }
            assertThat(issued.get()).isPositive();
        }
        assertThat(file).containsOnlyKeys(PostgresBackup.DUMP);
        assertThat(snapshot.schemaVersion()).isEqualTo(SchemaVersions.latest());
        assertThat(snapshot.rowCounts()).containsKey("flyway_schema_history").containsEntry("case_file", 5L);

        backup.refuseIfInUse(); // nobody is connected any more
        try (StagedDatabase staged = backup.load(source(file), ProgressListener.NONE)) {
            assertThat(staged.rowCounts()).as("the dump holds the moment the counts were taken")
                    .isEqualTo(snapshot.rowCounts());
            staged.swapIn();
            assertThat(staged.safetyCopy()).contains("_before_restore_");
            staged.open(db -> {
                for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                    List<List<Object>> restored = rows(db, t);
                    String name = t.getName().toLowerCase();
                    List<List<Object>> before = atBackup.get(name);
                    if (name.equals("archive_number") || name.equals("audit_log")) {
                        // these went on growing while the backup ran: the restore holds what the snapshot counted
                        assertThat(restored).hasSize(snapshot.rowCounts().get(name).intValue());
                        assertThat(restored.subList(0, before.size())).as(name).isEqualTo(before);
                    } else if (!name.equals("audit_head") && !name.equals("number_sequence")) {
                        assertThat(restored).as(name).isEqualTo(before);
                    }
                }
                assertThat(new AuditLog(db).verify().intact()).isTrue();
                return null;
            });
            staged.dropSafetyCopy();
        }
        try (Database db = Database.openServer(server)) {
            assertThat(db.dsl().fetchCount(org.anjuan.store.jooq.Tables.CASE_FILE)).isEqualTo(5);
            int numbers = db.dsl().fetchCount(org.anjuan.store.jooq.Tables.ARCHIVE_NUMBER);
            assertThat(new NumberRegister(db).issue(ArchiveNumberFormat.standard(), 2025, "罚", 1, null, "档案员"))
                    .as("the restored numbering continues").hasSize(1);
            assertThat(db.dsl().fetchCount(org.anjuan.store.jooq.Tables.ARCHIVE_NUMBER)).isEqualTo(numbers + 1);
        }
    }

    @Test
    void aRestoreIsRefusedWhileAWorkstationIsConnected() {
        ServerAddress server = TestServer.freshDatabase("backup-inuse");
        try (Database window = Database.openServer(server)) {
            window.dsl().fetchCount(org.anjuan.store.jooq.Tables.CASE_FILE);
            assertThatThrownBy(() -> new PostgresBackup(server).refuseIfInUse())
                    .isInstanceOfSatisfying(AnjuanException.class,
                            e -> assertThat(e.key()).isEqualTo("store.pg.inUse"));
        }
    }

    private static BackupEntries entries(Map<String, byte[]> file) {
        return name -> new ByteArrayOutputStream() {
            @Override
            public void close() {
                file.put(name, toByteArray());
            }
        };
    }

    private static BackupEntries.Source source(Map<String, byte[]> file) {
        return new BackupEntries.Source() {
            @Override
            public InputStream open(String name) {
                return new ByteArrayInputStream(file.get(name));
            }

            @Override
            public long size(String name) {
                return file.get(name).length;
            }
        };
    }

    private static List<List<Object>> rows(Database db, Table<?> t) {
        var order = t.getPrimaryKey() != null ? t.getPrimaryKey().getFields() : List.of(t.fields()[0]);
        return db.dsl().selectFrom(t).orderBy(order.toArray(new org.jooq.Field<?>[0])).fetch()
                .map(r -> Arrays.asList(((Record) r).intoArray()));
    }
}
