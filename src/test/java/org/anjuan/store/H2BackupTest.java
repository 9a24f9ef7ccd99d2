package org.anjuan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveNumberFormat;
import org.anjuan.domain.ProgressListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 engine's own steps: the snapshot's counts, the staged database, the swap and putting the old one back. */
class H2BackupTest {

    @TempDir
    Path dir;

    private Path register;
    private H2Backup h2;
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    @BeforeEach
    void register() throws IOException {
        register = dir.resolve("db");
        try (Database db = Database.openFile(register)) {
            new NumberRegister(db).issue(ArchiveNumberFormat.standard(), 2023, "罚", 2, null, "档案员");
        }
        h2 = new H2Backup(register);
        DatabaseBackup.Snapshot s = h2.write(name -> new ByteArrayOutputStream() {
            @Override
            public void close() {
                entries.put(name, toByteArray());
            }
        }, ProgressListener.NONE);
        assertThat(s.rowCounts()).containsEntry("archive_number", 2L).containsEntry("audit_log", 2L);
        assertThat(s.schemaVersion()).isEqualTo(SchemaVersions.latest());
        assertThat(entries).containsOnlyKeys(H2Backup.SCRIPT);
        try (Database db = Database.openFile(register)) { // the register moves on after the backup
            new NumberRegister(db).issue(ArchiveNumberFormat.standard(), 2023, "罚", 1, null, "档案员");
        }
    }

    @Test
    void aSwappedInBackupIsPutBackAndTheRegisterIsAsItWas() throws IOException {
        try (StagedDatabase staged = h2.load(source(), ProgressListener.NONE)) {
            assertThat(staged.rowCounts()).containsEntry("archive_number", 2L);
            staged.swapIn();
            assertThat(staged.safetyCopy()).endsWith(".mv.db").contains("db-before-restore-");
            assertThat(issued()).isEqualTo(2);
            staged.putBack();
        }
        assertThat(issued()).isEqualTo(3);
        assertThat(files()).containsExactly("db.mv.db");
    }

    @Test
    void aStagedDatabaseNeverSwappedInIsRemoved() throws IOException {
        try (StagedDatabase staged = h2.load(source(), ProgressListener.NONE)) {
            assertThat(files()).hasSize(2).anyMatch(f -> f.startsWith("db-restore-"));
        }
        assertThat(files()).containsExactly("db.mv.db");
        assertThat(issued()).isEqualTo(3);
    }

    @Test
    void theSwapIsRefusedWhileTheRegisterIsOpenAndNothingMoves() throws IOException {
        try (StagedDatabase staged = h2.load(source(), ProgressListener.NONE);
             Database window = Database.openFile(register)) {
            assertThatThrownBy(staged::swapIn).isInstanceOfSatisfying(AnjuanException.class,
                    e -> assertThat(e.key()).isEqualTo("backup.restore.inUse"));
            assertThat(new NumberRegister(window).all()).hasSize(3);
        }
        assertThat(files()).containsExactly("db.mv.db");
    }

    @Test
    void aSuccessfulSwapDropsTheSafetyCopy() throws IOException {
        try (StagedDatabase staged = h2.load(source(), ProgressListener.NONE)) {
            staged.swapIn();
            staged.dropSafetyCopy();
        }
        assertThat(files()).containsExactly("db.mv.db");
        assertThat(issued()).isEqualTo(2);
    }

    private BackupEntries.Source source() {
        return new BackupEntries.Source() {
            @Override
            public InputStream open(String name) {
                return new ByteArrayInputStream(entries.get(name));
            }

            @Override
            public long size(String name) {
                return entries.get(name).length;
            }
        };
    }

    private int issued() {
        try (Database db = Database.openFile(register)) {
            return new NumberRegister(db).all().size();
        }
    }

    private java.util.List<String> files() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
