package org.anjuan.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ProgressListener;

/**
 * Backup and restore of a register on a PostgreSQL server, the documented way: {@code pg_dump} in its custom
 * format ({@code -Fc}) and {@code pg_restore}. The dump is taken inside a snapshot this class holds open
 * (REPEATABLE READ, {@code pg_export_snapshot()}, {@code pg_dump --snapshot}), so the row counts written into the
 * manifest are those of the very moment dumped, while the workstations go on working. A restore loads the dump
 * into a new database on the same server ({@code <name>_restore_<time>}; the role needs CREATEDB), and swaps it in
 * by renaming the two databases once nobody is connected; the old one stays as the safety copy until the restore
 * has been checked.
 */
public final class PostgresBackup implements DatabaseBackup {

    /** The dump's entry in the backup file. */
    public static final String DUMP = "postgresql/database.dump";
    static final String HISTORY = "flyway_schema_history";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private final ServerAddress server;
    private final PgTools tools;

    public PostgresBackup(ServerAddress server) {
        this.server = server;
        this.tools = new PgTools(server);
    }

    @Override
    public String engine() {
        return "PostgreSQL";
    }

    @Override
    public String location() {
        return server.display();
    }

    @Override
    public Snapshot write(BackupEntries entries, ProgressListener progress) throws IOException {
        try (Connection c = connect(server)) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pg_export_snapshot()")) {
                r.next();
                snapshot = r.getString(1);
            }
            Map<String, Long> rows = rowCounts(c);
            String schema = schemaVersion(c);
            if (schema == null) {
                throw new AnjuanException("store.pg.notRegister", location());
            }
            String version = c.getMetaData().getDatabaseProductVersion();
            try (OutputStream out = entries.next(DUMP)) {
                tools.run("pg_dump", List.of("--format=custom", "--snapshot=" + snapshot), server.database(), null,
                        out, progress);
            }
            c.rollback();
            return new Snapshot(schema, version, rows);
        } catch (SQLException e) {
            throw ServerFailures.unreachable(e, location());
        }
    }

    @Override
    public void refuseIfInUse() {
        try (Connection c = connect(server.withDatabase("postgres"))) {
            if (!quiet(c, server.database())) {
                throw new AnjuanException("store.pg.inUse", location());
            }
        } catch (SQLException e) {
            throw ServerFailures.unreachable(e, location());
        }
    }

    @Override
    public StagedDatabase load(BackupEntries.Source entries, ProgressListener progress) throws IOException {
        String staged = server.database() + "_restore_" + LocalDateTime.now().format(STAMP);
        try (Connection c = connect(server.withDatabase("postgres")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + quoted(staged) + " TEMPLATE template0 ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new AnjuanException(e, "store.pg.createFailed", staged, location(), ServerFailures.detail(e));
        }
        PostgresStagedDatabase loaded = new PostgresStagedDatabase(server, staged);
        try (InputStream dump = entries.open(DUMP)) {
            tools.run("pg_restore", List.of("--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"),
                    staged, dump, null, progress);
            String schema = loaded.schemaVersion();
            if (schema == null) {
                throw new AnjuanException("store.pg.dumpNotRegister", PostgresBackup.DUMP);
            }
            if (SchemaVersions.newerThanProgram(schema)) {
                throw new AnjuanException("store.pg.schemaNewer", schema, SchemaVersions.latest());
            }
            return loaded;
        } catch (IOException | RuntimeException e) {
            loaded.close();
            throw e;
        }
    }

    static Connection connect(ServerAddress a) throws SQLException {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", a.user());
        if (a.password() != null) {
            p.setProperty("password", a.password());
        }
        p.setProperty("ApplicationName", Database.APPLICATION_NAME);
        return DriverManager.getConnection(a.jdbcUrl(), p);
    }

    /** Every table of the public schema (Flyway's history included) with its rows, by lower-case name. */
    static Map<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name FROM "
                + "information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String t : tables) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM public."
                    + quoted(t))) {
                r.next();
                counts.put(t.toLowerCase(Locale.ROOT), r.getLong(1));
            }
        }
        return counts;
    }

    /** The highest Flyway version applied successfully, or null where Flyway never ran. */
    static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT to_regclass('public." + HISTORY + "') IS NOT NULL")) {
            r.next();
            if (!r.getBoolean(1)) {
                return null;
            }
        }
        List<String> versions = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT version FROM public." + HISTORY + " WHERE success AND version IS NOT NULL")) {
            while (r.next()) {
                versions.add(r.getString(1));
            }
        }
        return SchemaVersions.highest(versions);
    }

    /**
     * Whether no session but this one is connected to any of {@code databases}. A workstation that has just
     * closed leaves its server process behind for a moment, so this waits up to two seconds for them to go.
     */
    static boolean quiet(Connection c, String... databases) throws SQLException {
        for (int tries = 0; tries < 20; tries++) {
            int connected = 0;
            for (String d : databases) {
                connected += others(c, d);
            }
            if (connected == 0) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Sessions connected to {@code database} other than this one. */
    static int others(Connection c, String database) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            p.setString(1, database);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
