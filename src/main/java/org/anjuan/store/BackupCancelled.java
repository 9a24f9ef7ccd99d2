package org.anjuan.store;

import org.anjuan.domain.AnjuanException;

/** The clerk stopped a backup or a restore; whatever was half written has been removed. */
public final class BackupCancelled extends AnjuanException {

    public BackupCancelled() {
        super("backup.cancelled");
    }
}
