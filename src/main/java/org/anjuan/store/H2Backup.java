package org.anjuan.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ProgressListener;
import org.h2.util.ScriptReader;

/**
 * Backup and restore of the embedded H2 register. A backup is H2's own SQL script of the database ({@code SCRIPT}),
 * taken in one SNAPSHOT transaction so that every table is read as of the same moment while others go on writing;
 * the row counts are read in that transaction too. A restore runs the script statement by statement into a new
 * database file beside the current one, which then replaces the current file.
 */
public final class H2Backup implements DatabaseBackup {

    /** The backup's entry holding the script. */
    static final String SCRIPT = "h2/script.sql";
    private static final String FILE = ".mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** H2's codes: no such database (with IFEXISTS), and opened exclusively by another process. */
    private static final int NOT_FOUND = 90146;
    private static final int IN_USE = 90020;

    private final Path base;

    /** @param database the H2 database file, with or without ".mv.db" */
    public H2Backup(Path database) {
        this.base = Path.of(database.toAbsolutePath().normalize().toString().replaceFirst("\\.mv\\.db$", ""));
    }

    @Override
    public String engine() {
        return "H2";
    }

    @Override
    public String location() {
        return base.toString();
    }

    @Override
    public Snapshot write(BackupEntries entries, ProgressListener progress) throws IOException {
        try (Connection c = shared()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // SNAPSHOT: the transaction's first statement fixes one view of every table (REPEATABLE READ would
                // fix each table only when first read); SCRIPT reads through it and commits only at its end
                s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
                Map<String, Long> counts = H2Tables.rowCounts(c);
                String schema = H2Tables.schemaVersion(c);
                if (schema == null) {
                    throw new AnjuanException("backup.notRegister", location());
                }
                long total = counts.values().stream().mapToLong(Long::longValue).sum();
                progress.progress(0, total, location());
                try (ResultSet script = s.executeQuery("SCRIPT");
                     Writer out = new BufferedWriter(new OutputStreamWriter(entries.next(SCRIPT),
                             StandardCharsets.UTF_8), 1 << 16)) {
                    long done = 0;
                    while (script.next()) {
                        if (progress.isCancelled()) {
                            throw new BackupCancelled();
                        }
                        String statement = script.getString(1);
                        out.write(statement);
                        out.write(statement.startsWith("--") ? "\n" : ";\n");
                        if (statement.startsWith("INSERT")) {
                            done += statement.chars().filter(ch -> ch == '\n').count(); // one row a line
                            progress.progress(Math.min(done, total), total, location());
                        }
                    }
                }
                c.commit();
                return new Snapshot(schema, c.getMetaData().getDatabaseProductVersion(), counts);
            }
        } catch (SQLException e) {
            throw new AnjuanException(e, "backup.open.failed", location(), e.getMessage());
        }
    }

    @Override
    public void refuseIfInUse() {
        if (!Files.exists(file(base))) {
            return; // nothing there to be in use: a restore onto a new installation
        }
        // without AUTO_SERVER: another process holding the file makes this fail; this process shares its sessions
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE;TRACE_LEVEL_FILE=0",
                "sa", ""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            r.next();
            if (r.getLong(1) > 1) {
                throw new AnjuanException("backup.restore.inUse", location());
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == IN_USE) {
                throw new AnjuanException(e, "backup.restore.inUse", location());
            }
            throw new AnjuanException(e, "backup.open.failed", location(), e.getMessage());
        }
    }

    @Override
    public StagedDatabase load(BackupEntries.Source entries, ProgressListener progress) throws IOException {
        String stamp = LocalDateTime.now().format(STAMP);
        Path staged = sibling("restore-" + stamp);
        Path safety = sibling("before-restore-" + stamp);
        if (Files.exists(file(staged)) || Files.exists(file(safety))) {
            throw new AnjuanException("backup.restore.busy", location());
        }
        boolean loaded = false;
        try {
            H2StagedDatabase result = run(entries, staged, safety, progress);
            loaded = true;
            return result;
        } finally {
            if (!loaded) {
                delete(staged);
            }
        }
    }

    private H2StagedDatabase run(BackupEntries.Source entries, Path staged, Path safety, ProgressListener progress)
            throws IOException {
        long size = entries.size(SCRIPT);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + staged + ";TRACE_LEVEL_FILE=0", "sa", "");
             Counted in = new Counted(entries.open(SCRIPT));
             ScriptReader reader = new ScriptReader(new BufferedReader(
                     new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16))) {
            c.setAutoCommit(false);
            reader.setSkipRemarks(true);
            long statements = 0;
            try (Statement s = c.createStatement()) {
                for (String sql = reader.readStatement(); sql != null; sql = reader.readStatement()) {
                    if (progress.isCancelled()) {
                        throw new BackupCancelled();
                    }
                    if (!sql.isBlank()) {
                        s.execute(sql);
                        if (++statements % 100 == 0) {
                            c.commit(); // a private database: no need for one long transaction's undo log
                            progress.progress(in.read, size, location());
                        }
                    }
                }
            }
            c.commit();
            Map<String, Long> counts = H2Tables.rowCounts(c);
            String schema = H2Tables.schemaVersion(c);
            if (schema == null) {
                throw new AnjuanException("backup.load.failed", "flyway_schema_history");
            }
            if (SchemaVersions.newerThanProgram(schema)) {
                throw new AnjuanException("backup.schema.newer", schema, SchemaVersions.latest());
            }
            return new H2StagedDatabase(this, staged, safety, counts, schema);
        } catch (SQLException e) {
            throw new AnjuanException(e, "backup.load.failed", e.getMessage());
        }
    }

    /** A connection beside the program's own: AUTO_SERVER joins a database another process has open. */
    private Connection shared() {
        try {
            return DriverManager.getConnection("jdbc:h2:file:" + base
                    + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE;LOCK_TIMEOUT=15000;TRACE_LEVEL_FILE=0", "sa", "");
        } catch (SQLException e) {
            if (e.getErrorCode() == NOT_FOUND) {
                throw new AnjuanException(e, "backup.noDatabase", location());
            }
            throw new AnjuanException(e, "backup.open.failed", location(), e.getMessage());
        }
    }

    Path base() {
        return base;
    }

    /** Another database in the same folder, named after this one: anjuan → anjuan-restore-20261120-093005. */
    private Path sibling(String suffix) {
        return base.resolveSibling(base.getFileName() + "-" + suffix);
    }

    static Path file(Path databaseBase) {
        return databaseBase.resolveSibling(databaseBase.getFileName() + FILE);
    }

    /** Removes a database's files. */
    static void delete(Path databaseBase) {
        for (String ending : new String[] {FILE, ".trace.db", ".lock.db"}) {
            try {
                Files.deleteIfExists(databaseBase.resolveSibling(databaseBase.getFileName() + ending));
            } catch (IOException e) {
                // left behind; named after the restore, it is told apart from the register
            }
        }
    }

    /** Counts the bytes read, for the restore's progress. */
    private static final class Counted extends FilterInputStream {

        private long read;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }
}
