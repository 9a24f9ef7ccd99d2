package org.anjuan.store;

import java.io.IOException;
import java.util.Map;
import org.anjuan.domain.ProgressListener;

/**
 * One database engine's part in backing up and restoring the register. The application (app.BackupService)
 * writes the backup file, its manifest and checksums, and runs the restore's steps; an engine only copies its
 * data out and loads it back. H2 is {@link H2Backup}; another engine plugs in by implementing this interface.
 */
public interface DatabaseBackup {

    /** The engine's name, written into every backup; a backup is only restored by the same engine. */
    String engine();

    /** Where the database is, for messages: a file path or a server address. */
    String location();

    /**
     * Writes one transactionally consistent snapshot of the whole database as entries of the backup, while the
     * window and other processes go on working, and returns what that same snapshot holds. Between steps it asks
     * {@code progress} whether to stop, and then throws {@link BackupCancelled}.
     */
    Snapshot write(BackupEntries entries, ProgressListener progress) throws IOException;

    /**
     * Refuses ({@code backup.restore.inUse}) while any other connection, of this process or another, has the
     * database open; a restore can only replace a database nobody is using.
     */
    void refuseIfInUse();

    /**
     * Loads a backup's entries, already checked against their checksums, into a new, empty database beside the
     * current one. Never touches the current database. Refuses a backup whose schema is newer than this program's.
     */
    StagedDatabase load(BackupEntries.Source entries, ProgressListener progress) throws IOException;

    /**
     * What a snapshot holds.
     *
     * @param schemaVersion the highest Flyway version applied in it
     * @param engineVersion the engine's version, for the record
     * @param rowCounts     every table's rows, by lower-case table name, Flyway's history included
     */
    record Snapshot(String schemaVersion, String engineVersion, Map<String, Long> rowCounts) {

        public Snapshot {
            rowCounts = Map.copyOf(rowCounts);
        }
    }
}
