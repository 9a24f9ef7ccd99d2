package org.anjuan.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.anjuan.domain.AnjuanException;
import org.anjuan.store.ServerAddress;

/**
 * Settings of one installation, from {@code anjuan.properties} in the data directory: where the database is,
 * the interface language and the clerk's name. The data directory is $ANJUAN_HOME, else the platform's
 * per-user data folder.
 *
 * <p>The database is the embedded H2 file {@code db.path} unless {@code db.engine=postgresql}: then it is the
 * shared server {@code db.url} ({@code postgresql://host:5432/anjuan}), logged in as {@code db.user} with the
 * password from the environment variable {@value #PASSWORD_VARIABLE}, else {@code db.password}, else the user's
 * PostgreSQL password file (pgpass).
 *
 * @param dataDir  holds anjuan.properties and, by default, the database
 * @param database the H2 database file (without .mv.db); not used while {@code server} is set
 * @param server   the PostgreSQL server the register is on, or null for the H2 file
 */
public record InstallationSettings(Path dataDir, Path database, Locale locale, String clerk, ServerAddress server) {

    public static final String FILE = "anjuan.properties";
    /** The environment variable a workstation's database password may come from. */
    public static final String PASSWORD_VARIABLE = "ANJUAN_DB_PASSWORD";

    /** An installation on an H2 file. */
    public InstallationSettings(Path dataDir, Path database, Locale locale, String clerk) {
        this(dataDir, database, locale, clerk, null);
    }

    /** Reads the installation settings; {@code dbOverride} (the --db option) wins over the file. */
    public static InstallationSettings load(Map<String, String> env, Path dbOverride) {
        return load(env, dbOverride == null ? null : dbOverride.toString());
    }

    /**
     * Reads the installation settings; {@code dbOverride} (the --db option: an H2 file's path, or a server's
     * {@code postgresql://user@host/database}) wins over the file.
     */
    public static InstallationSettings load(Map<String, String> env, String dbOverride) {
        Path dataDir = dataDir(env);
        Properties p = new Properties();
        Path file = dataDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        boolean serverGiven = dbOverride != null && ServerAddress.isServerUrl(dbOverride);
        Path db = dbOverride != null && !serverGiven ? Path.of(dbOverride)
                : p.getProperty("db.path") != null ? Path.of(p.getProperty("db.path")) : dataDir.resolve("anjuan");
        Locale locale = "en".equalsIgnoreCase(p.getProperty("ui.locale", "zh_CN").strip())
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String clerk = p.getProperty("clerk.name", System.getProperty("user.name", "档案员")).strip();
        ServerAddress server = null;
        if (serverGiven) {
            server = ServerAddress.parse(dbOverride, property(p, "db.user"), password(env, p));
        } else if (dbOverride == null && onServer(p)) {
            String url = property(p, "db.url");
            if (url == null) {
                throw new AnjuanException("db.url.missing", dataDir.resolve(FILE));
            }
            server = ServerAddress.parse(url, property(p, "db.user"), password(env, p));
        }
        return new InstallationSettings(dataDir, db.toAbsolutePath().normalize(), locale, clerk, server);
    }

    public static InstallationSettings load(Path dbOverride) {
        return load(System.getenv(), dbOverride);
    }

    public static InstallationSettings load(String dbOverride) {
        return load(System.getenv(), dbOverride);
    }

    /** True when the register is on a PostgreSQL server rather than in an H2 file. */
    public boolean onServer() {
        return server != null;
    }

    /** Where the register is, for messages and the window's title. */
    public String location() {
        return server != null ? server.display() : database.toString();
    }

    /** The same installation on another database: an H2 file's path or a server's address (the --db option). */
    public InstallationSettings withServer(ServerAddress other) {
        return new InstallationSettings(dataDir, database, locale, clerk, other);
    }

    /** db.engine: h2 (the default, or when only db.path is set) or postgresql (the default when db.url is set). */
    private static boolean onServer(Properties p) {
        String engine = property(p, "db.engine");
        if (engine == null) {
            return property(p, "db.url") != null;
        }
        return switch (engine.toLowerCase(Locale.ROOT)) {
            case "h2" -> false;
            case "postgresql", "postgres", "pg" -> true;
            default -> throw new AnjuanException("db.engine.invalid", engine);
        };
    }

    private static String password(Map<String, String> env, Properties p) {
        String fromEnv = env.get(PASSWORD_VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        String fromFile = p.getProperty("db.password");
        return fromFile == null || fromFile.isEmpty() ? null : fromFile;
    }

    private static String property(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static Path dataDir(Map<String, String> env) {
        String home = System.getProperty("user.home");
        if (env.get("ANJUAN_HOME") != null && !env.get("ANJUAN_HOME").isBlank()) {
            return Path.of(env.get("ANJUAN_HOME"));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "Anjuan");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Anjuan");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "anjuan") : Path.of(home, ".local", "share", "anjuan");
    }
}
