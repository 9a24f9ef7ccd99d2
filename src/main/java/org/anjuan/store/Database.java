package org.anjuan.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import org.anjuan.domain.AnjuanException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The register's database: an embedded H2 file, or a shared PostgreSQL server ({@link #openServer}); either
 * way migrated by Flyway when opened, with the same migrations and the same jOOQ code in the engine's dialect.
 * AUTO_SERVER lets the window and a CLI command use the same H2 file at once: the first process serves it to
 * the others.
 */
public final class Database implements AutoCloseable {

    static {
        // jOOQ prints a banner and a tip on first use; a clerk's terminal and log need neither
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final HikariDataSource dataSource;
    private final DSLContext root;
    /** The transaction this thread is in, if any: repositories called inside a use case join it. */
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();
    private final String location;
    private final SQLDialect dialect;

    private Database(HikariDataSource dataSource, String location, SQLDialect dialect) {
        this.dataSource = dataSource;
        this.location = location;
        this.dialect = dialect;
        this.root = DSL.using(dataSource, dialect,
                new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                        .withExecuteLogging(false));
    }

    /** Opens (creating if needed) the H2 file database at {@code path}; ".mv.db" may be given or left off. */
    public static Database openFile(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String base = absolute.toString().replaceFirst("\\.mv\\.db$", "");
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException | SecurityException e) {
            throw new AnjuanException(e, "store.folder.failed", base, absolute.getParent());
        }
        // no .trace.db files beside the clerk's register; errors reach the user as exceptions instead
        return open(h2("jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=15000;TRACE_LEVEL_FILE=0"),
                base, SQLDialect.H2);
    }

    /**
     * Opens the H2 file for this process alone, as a move to a server needs it: refused ({@code store.locked})
     * while a window or a command anywhere has it open, and then no one else can open it until this closes.
     */
    public static Database openFileAlone(Path path) {
        String base = path.toAbsolutePath().normalize().toString().replaceFirst("\\.mv\\.db$", "");
        if (!Files.isRegularFile(Path.of(base + ".mv.db"))) {
            throw new AnjuanException("store.open.failed", base, "no such file: " + base + ".mv.db");
        }
        return open(h2("jdbc:h2:file:" + base + ";IFEXISTS=TRUE;LOCK_TIMEOUT=15000;TRACE_LEVEL_FILE=0"), base,
                SQLDialect.H2);
    }

    /** A private in-memory database, for tests. */
    public static Database openInMemory(String name) {
        return open(h2("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=15000"), "mem:" + name, SQLDialect.H2);
    }

    /**
     * Opens the register on a PostgreSQL server (the database must exist; an empty one is migrated). Each
     * connection waits at most 15 seconds for a row lock, as H2 does, and names itself {@code anjuan} so that
     * the server's list of sessions shows the workstations.
     */
    public static Database openServer(ServerAddress server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        if (server.password() != null) {
            config.setPassword(server.password());
        }
        config.addDataSourceProperty("ApplicationName", APPLICATION_NAME);
        config.setConnectionInitSql("SET lock_timeout = '15s'");
        return open(config, server.display(), SQLDialect.POSTGRES);
    }

    /** The application name Anjuan's PostgreSQL sessions carry (pg_stat_activity.application_name). */
    public static final String APPLICATION_NAME = "anjuan";

    private static HikariConfig h2(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        return config;
    }

    private static Database open(HikariConfig config, String location, SQLDialect dialect) {
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setPoolName("anjuan");
        config.setConnectionTimeout(20_000);
        config.setInitializationFailTimeout(1); // a path that cannot be opened fails at once, with its cause
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw dialect == SQLDialect.POSTGRES ? ServerFailures.unreachable(e, location) : unreachable(e, location);
        }
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            Database db = new Database(ds, location, dialect);
            db.transaction(Audit::sealOlderEntries); // audit lines written before the chain join it, once
            return db;
        } catch (FlywayException e) {
            ds.close();
            throw new AnjuanException(e, "store.migrate.failed", location, e.getMessage());
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    private static AnjuanException unreachable(Exception e, String location) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? root.toString() : root.getMessage();
        String lower = detail.toLowerCase(java.util.Locale.ROOT);
        String key = lower.contains("locked") || lower.contains("already in use") ? "store.locked" : "store.open.failed";
        return new AnjuanException(e, key, location, detail);
    }

    /** The current transaction's context on this thread, else one that commits each statement. */
    public DSLContext dsl() {
        DSLContext tx = current.get();
        return tx != null ? tx : root;
    }

    /**
     * Runs {@code work} in a transaction: the one this thread is already in, or a new one that commits when
     * {@code work} returns and rolls back when it throws. So a use case spanning several repositories
     * (binding a case) is one transaction.
     */
    public <T> T transaction(Function<DSLContext, T> work) {
        DSLContext joined = current.get();
        if (joined != null) {
            return work.apply(joined);
        }
        return root.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            current.set(tx);
            try {
                Audit.begin(tx);
                T result = work.apply(tx);
                Audit.writePending(tx); // last: see Audit on why the chain's lock is taken only now
                return result;
            } finally {
                current.remove();
            }
        });
    }

    /** A use case's transaction, for callers outside the store. */
    public <T> T inTransaction(Supplier<T> work) {
        return transaction(tx -> work.get());
    }

    public String location() {
        return location;
    }

    /** H2 or POSTGRES: the engine this register runs on. */
    public SQLDialect dialect() {
        return dialect;
    }

    public boolean onServer() {
        return dialect == SQLDialect.POSTGRES;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
