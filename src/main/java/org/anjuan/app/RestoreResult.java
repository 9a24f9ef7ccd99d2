package org.anjuan.app;

import java.nio.file.Path;
import org.anjuan.domain.AuditVerdict;

/**
 * What a restore did.
 *
 * @param restored      the backup now in place
 * @param before        the backup of the replaced database taken just before (null when there was none to take)
 * @param safetyCopy    the replaced database's own file, kept when it could not be backed up first (else null)
 * @param schemaBefore  the backup's schema version
 * @param schemaAfter   the schema version after Flyway brought it up to this program's
 * @param audit         the restored audit log's check, the restore's own line included
 */
public record RestoreResult(BackupInfo restored, Path before, String safetyCopy, String schemaBefore,
                            String schemaAfter, AuditVerdict audit) {

    /** True when the backup came from an older version of the program and was migrated. */
    public boolean migrated() {
        return !schemaBefore.equals(schemaAfter);
    }
}
