package org.anjuan.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.anjuan.app.BackupInfo;
import org.anjuan.app.BackupService;
import org.anjuan.app.RestoreResult;
import org.anjuan.domain.ProgressListener;

/**
 * What the backup commands ask of the application layer; every method may be slow and runs off the FX thread.
 * The window uses {@link #of}; view-model tests pass a fake.
 */
public interface BackupDesk {

    BackupInfo backup(Path file, ProgressListener progress);

    /** Reads and checks a backup file, changing nothing. */
    BackupInfo inspect(Path file);

    /** Closes the window's register, then replaces it with the backup. */
    RestoreResult restore(Path file, ProgressListener progress);

    /** Today's automatic backup, when it is due. */
    Optional<BackupInfo> dailyIfDue();

    /** The name offered in the save dialog. */
    String suggestedName();

    /** Where the backups are kept, offered as the dialogs' first folder; null when the settings are wrong. */
    Path folder();

    /** The register being backed up, for the confirmation. */
    String location();

    /**
     * The window's desk: the service is made on first use, so a wrong backup setting is reported when the clerk
     * backs up, not when the window opens.
     */
    static BackupDesk of(Supplier<BackupService> opener, Runnable closeRegister) {
        return new BackupDesk() {
            private BackupService service;

            private synchronized BackupService service() {
                if (service == null) {
                    service = opener.get();
                }
                return service;
            }

            @Override
            public BackupInfo backup(Path file, ProgressListener progress) {
                return service().backup(file, progress);
            }

            @Override
            public BackupInfo inspect(Path file) {
                return service().inspect(file);
            }

            @Override
            public RestoreResult restore(Path file, ProgressListener progress) {
                BackupService s = service();
                closeRegister.run();
                return s.restore(file, progress);
            }

            @Override
            public Optional<BackupInfo> dailyIfDue() {
                return service().dailyIfDue(ProgressListener.NONE);
            }

            @Override
            public String suggestedName() {
                try {
                    return service().suggestedName();
                } catch (RuntimeException e) {
                    return "anjuan-backup.zip"; // a wrong setting is reported when the backup itself runs
                }
            }

            @Override
            public Path folder() {
                try {
                    return service().settings().folder();
                } catch (RuntimeException e) {
                    return null;
                }
            }

            @Override
            public String location() {
                return service().location();
            }
        };
    }
}
