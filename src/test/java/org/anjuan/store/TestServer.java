package org.anjuan.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests run against: named by ANJUAN_TEST_PG_URL (a JDBC URL of any database on it),
 * ANJUAN_TEST_PG_USER and ANJUAN_TEST_PG_PASSWORD, a role allowed to create databases (.ci/postgres.sh sets it
 * up). Every test gets a database of its own, made here and dropped when the test JVM ends. Without a server
 * the PostgreSQL tests are skipped on a developer's machine — and fail under CI, which must run them.
 */
public final class TestServer {

    private static final String PREFIX = "anjuan_t_";
    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Map<String, ServerAddress> BY_NAME = new ConcurrentHashMap<>();
    private static final List<String> MADE = new ArrayList<>();
    private static volatile boolean started;

    private TestServer() {
    }

    /** The server's maintenance login, or the test is skipped (failed under CI) when there is none. */
    public static ServerAddress admin() {
        String url = setting("ANJUAN_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String why = "ANJUAN_TEST_PG_URL is not set: no PostgreSQL server to run this test on (see .ci/postgres.sh)";
            if (System.getenv("CI") != null && !System.getenv("CI").isBlank() && !"false".equals(System.getenv("CI"))) {
                Assertions.fail("CI must run the PostgreSQL tests, but " + why);
            }
            Assumptions.abort(why);
        }
        return ServerAddress.parse(url, setting("ANJUAN_TEST_PG_USER"), setting("ANJUAN_TEST_PG_PASSWORD"));
    }

    /** A new, empty database of its own for a test; {@code label} only helps reading the server's list. */
    public static ServerAddress freshDatabase(String label) {
        ServerAddress admin = admin();
        start(admin);
        String name = PREFIX + PID + "_" + COUNTER.incrementAndGet() + "_"
                + label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "").replaceFirst("^(.{0,20}).*", "$1");
        execute(admin, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        synchronized (MADE) {
            MADE.add(name);
        }
        return admin.withDatabase(name);
    }

    /** The same database for the same name during this JVM, as H2's named in-memory databases are. */
    public static ServerAddress named(String name) {
        return BY_NAME.computeIfAbsent(name, TestServer::freshDatabase);
    }

    public static Connection connect(ServerAddress address) throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
    }

    /** Drops a test's database now (its connections are ended). */
    public static void drop(ServerAddress address) {
        execute(admin(), "DROP DATABASE IF EXISTS " + address.database() + " WITH (FORCE)");
    }

    private static synchronized void start(ServerAddress admin) {
        if (started) {
            return;
        }
        started = true;
        // databases left by test JVMs that died before their cleanup
        try (Connection c = connect(admin); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            List<String> stale = new ArrayList<>();
            while (r.next()) {
                String[] parts = r.getString(1).substring(PREFIX.length()).split("_");
                if (ProcessHandle.of(Long.parseLong(parts[0])).isEmpty()) {
                    stale.add(r.getString(1));
                }
            }
            for (String db : stale) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        } catch (SQLException | NumberFormatException e) {
            throw new IllegalStateException("cannot use the test PostgreSQL server " + admin.display(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (MADE) {
                try (Connection c = connect(admin); Statement s = c.createStatement()) {
                    for (String db : MADE) {
                        s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
                    }
                } catch (SQLException ignored) {
                    // the next run drops what is left
                }
            }
        }));
    }

    private static void execute(ServerAddress address, String sql) {
        try (Connection c = connect(address); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String setting(String name) {
        String v = System.getProperty(name.toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
        return v != null ? v : System.getenv(name);
    }
}
