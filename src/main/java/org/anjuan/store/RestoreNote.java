package org.anjuan.store;

/**
 * The audit line a restore leaves in the restored register: the lines after the backup's moment are gone with the
 * rest of that time's data, and the chain says so in its next line rather than by a silent gap.
 */
public final class RestoreNote {

    public static final String ACTION = "database.restore";

    private RestoreNote() {
    }

    /** Appends "restored from {@code detail}" on the chain, in a transaction of its own. */
    public static void record(Database db, String clerk, String backupName, String detail) {
        db.transaction(tx -> {
            Audit.append(tx, clerk, ACTION, "database", backupName, detail);
            return null;
        });
    }
}
