package org.anjuan.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Function;
import org.anjuan.domain.AnjuanException;

/**
 * A PostgreSQL backup loaded into a database of its own beside the register's ({@code anjuan_restore_<time>}).
 * Swapping renames the register's database to {@code <name>_before_restore_<time>} (the safety copy) and the
 * loaded one to the register's name, in one transaction, and only while no one is connected to either.
 */
final class PostgresStagedDatabase implements StagedDatabase {

    private final ServerAddress current;
    private final String staged;
    private final String safety;
    private boolean swapped;
    private boolean closed;

    PostgresStagedDatabase(ServerAddress current, String staged) {
        this.current = current;
        this.staged = staged;
        this.safety = current.database() + "_before_" + staged.substring(current.database().length() + 1);
    }

    @Override
    public Map<String, Long> rowCounts() {
        try (Connection c = PostgresBackup.connect(current.withDatabase(staged))) {
            return PostgresBackup.rowCounts(c);
        } catch (SQLException e) {
            throw ServerFailures.unreachable(e, current.withDatabase(staged).display());
        }
    }

    @Override
    public String schemaVersion() {
        try (Connection c = PostgresBackup.connect(current.withDatabase(staged))) {
            return PostgresBackup.schemaVersion(c);
        } catch (SQLException e) {
            throw ServerFailures.unreachable(e, current.withDatabase(staged).display());
        }
    }

    @Override
    public <T> T open(Function<Database, T> work) {
        try (Database db = Database.openServer(current.withDatabase(swapped ? current.database() : staged))) {
            return work.apply(db);
        }
    }

    @Override
    public void swapIn() {
        try (Connection c = PostgresBackup.connect(current.withDatabase("postgres"))) {
            c.setAutoCommit(false);
            if (!PostgresBackup.quiet(c, current.database(), staged)) {
                c.rollback();
                throw new AnjuanException("store.pg.inUse", current.display());
            }
            try (Statement s = c.createStatement()) {
                s.execute("ALTER DATABASE " + PostgresBackup.quoted(current.database()) + " RENAME TO "
                        + PostgresBackup.quoted(safety));
                s.execute("ALTER DATABASE " + PostgresBackup.quoted(staged) + " RENAME TO "
                        + PostgresBackup.quoted(current.database()));
            }
            c.commit();
            swapped = true;
        } catch (SQLException e) {
            throw new AnjuanException(e, "store.pg.swapFailed", current.display(), ServerFailures.detail(e));
        }
    }

    @Override
    public void putBack() {
        try (Connection c = PostgresBackup.connect(current.withDatabase("postgres"))) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("ALTER DATABASE " + PostgresBackup.quoted(current.database()) + " RENAME TO "
                        + PostgresBackup.quoted(staged));
                s.execute("ALTER DATABASE " + PostgresBackup.quoted(safety) + " RENAME TO "
                        + PostgresBackup.quoted(current.database()));
            }
            c.commit();
            swapped = false;
        } catch (SQLException e) {
            throw new AnjuanException(e, "store.pg.putBackFailed", current.display(), ServerFailures.detail(e));
        }
        close();
    }

    @Override
    public void dropSafetyCopy() {
        drop(safety);
    }

    @Override
    public String safetyCopy() {
        return swapped ? current.withDatabase(safety).display() : null;
    }

    @Override
    public void close() {
        if (!swapped && !closed) {
            closed = true;
            drop(staged);
        }
    }

    private void drop(String name) {
        try (Connection c = PostgresBackup.connect(current.withDatabase("postgres")); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + PostgresBackup.quoted(name) + " WITH (FORCE)");
        } catch (SQLException e) {
            throw ServerFailures.unreachable(e, current.withDatabase(name).display());
        }
    }
}
