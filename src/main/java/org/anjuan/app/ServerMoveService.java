package org.anjuan.app;

import java.nio.file.Path;
import java.util.Map;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.AuditVerdict;
import org.anjuan.domain.ProgressListener;
import org.anjuan.store.AuditLog;
import org.anjuan.store.Database;
import org.anjuan.store.ServerAddress;
import org.anjuan.store.ServerMigration;

/**
 * {@code db migrate-to}: moves a workstation's register from its H2 file to a shared PostgreSQL database, for an
 * office that outgrew one PC. The file is opened for this process alone (every window and command must be
 * closed), copied in one transaction on the server, and checked there once more after the commit as a
 * workstation will see it: the same rows in every table and an intact audit chain. The file stays as it was.
 */
public final class ServerMoveService {

    private ServerMoveService() {
    }

    /**
     * @param copied the rows of every table, as copied and counted on both sides before the commit
     * @param after  the rows of every table on the server after the commit (the move's own audit line included)
     * @param chain  {@code audit verify} on the server after the commit
     */
    public record Moved(String from, String to, Map<String, Long> copied, Map<String, Long> after, AuditVerdict chain,
                        String serverUrl, String user) {

        public long total() {
            return copied.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Moves the H2 register of {@code here} to the server that {@code there} names (the settings read with the
     * target's address as the --db option, so its role and password come as a workstation's would).
     */
    public static Moved migrate(InstallationSettings here, InstallationSettings there, ProgressListener progress) {
        if (here.server() != null) {
            throw new AnjuanException("db.migrate.notFile", here.location());
        }
        if (there.server() == null) {
            throw new AnjuanException("db.url.invalid", there.location());
        }
        return migrate(here.database(), there.server(), here.clerk(), progress);
    }

    public static Moved migrate(Path h2File, ServerAddress target, String clerk, ProgressListener progress) {
        ServerMigration.Result result;
        String from;
        try (Database source = Database.openFileAlone(h2File); Database server = Database.openServer(target)) {
            from = source.location();
            result = ServerMigration.copy(source, server, clerk, progress);
        }
        try (Database server = Database.openServer(target)) {
            AuditVerdict chain = new AuditLog(server).verify();
            Map<String, Long> after = ServerMigration.rowCounts(server);
            for (Map.Entry<String, Long> table : result.rows().entrySet()) {
                long expected = table.getValue() + (table.getKey().equals("audit_log") ? 1 : 0);
                if (after.getOrDefault(table.getKey(), -1L) != expected) {
                    throw new AnjuanException("db.migrate.count", table.getKey(), expected, after.get(table.getKey()));
                }
            }
            return new Moved(from, target.display(), result.rows(), after, chain,
                    "postgresql://" + target.hostAndPort() + "/" + target.database(), target.user());
        }
    }
}
