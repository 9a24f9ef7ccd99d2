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
 * The register's database: an embedded H2 file, migrated by Flyway when opened. AUTO_SERVER lets the window
 * and a CLI command use the same file at once: the first process serves it to the others.
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

    private Database(HikariDataSource dataSource, String location) {
        this.dataSource = dataSource;
        this.location = location;
        this.root = DSL.using(dataSource, SQLDialect.H2,
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
        return open("jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=15000;TRACE_LEVEL_FILE=0", base, 8);
    }

    /** A private in-memory database, for tests. */
    public static Database openInMemory(String name) {
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=15000", "mem:" + name, 8);
    }

    private static Database open(String url, String location, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setPoolName("anjuan");
        config.setConnectionTimeout(20_000);
        config.setInitializationFailTimeout(1); // a path that cannot be opened fails at once, with its cause
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw unreachable(e, location);
        }
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            Database db = new Database(ds, location);
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
        String key = detail.toLowerCase(java.util.Locale.ROOT).contains("locked") ? "store.locked" : "store.open.failed";
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

    @Override
    public void close() {
        dataSource.close();
    }
}
