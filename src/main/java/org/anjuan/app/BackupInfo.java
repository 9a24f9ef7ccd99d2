package org.anjuan.app;

import java.nio.file.Path;

/**
 * A backup file and what its manifest says, for the clerk: when it was made and how much it holds.
 *
 * @param size the file's size in bytes
 */
public record BackupInfo(Path file, long size, BackupManifest manifest) {

    /** Cases (案件) in the backup. */
    public long cases() {
        return manifest.rows("case_file");
    }

    /** Materials (卷内材料) in the backup. */
    public long materials() {
        return manifest.rows("material");
    }

    /** Bound volumes (案卷) in the backup. */
    public long volumes() {
        return manifest.rows("volume");
    }

    /** Archive boxes (档案盒) in the backup. */
    public long boxes() {
        return manifest.rows("archive_box");
    }

    /** Lines of the audit log in the backup. */
    public long auditLines() {
        return manifest.rows("audit_log");
    }
}
