package org.anjuan.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Settings of one installation, from {@code anjuan.properties} in the data directory: where the database is,
 * the interface language and the clerk's name. The data directory is $ANJUAN_HOME, else the platform's
 * per-user data folder.
 *
 * @param dataDir  holds anjuan.properties and, by default, the database
 * @param database the H2 database file (without .mv.db)
 */
public record InstallationSettings(Path dataDir, Path database, Locale locale, String clerk) {

    public static final String FILE = "anjuan.properties";

    /** Reads the installation settings; {@code dbOverride} (the --db option) wins over the file. */
    public static InstallationSettings load(Map<String, String> env, Path dbOverride) {
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
        Path db = dbOverride != null ? dbOverride
                : p.getProperty("db.path") != null ? Path.of(p.getProperty("db.path")) : dataDir.resolve("anjuan");
        Locale locale = "en".equalsIgnoreCase(p.getProperty("ui.locale", "zh_CN").strip())
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String clerk = p.getProperty("clerk.name", System.getProperty("user.name", "档案员")).strip();
        return new InstallationSettings(dataDir, db.toAbsolutePath().normalize(), locale, clerk);
    }

    public static InstallationSettings load(Path dbOverride) {
        return load(System.getenv(), dbOverride);
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
