package org.anjuan.app;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a backup file says about itself ({@value #ENTRY}, written last): that it is an Anjuan backup, of which
 * version and schema, when, from which engine and database, how many rows each table had, and each data entry's
 * size and SHA-256.
 */
public record BackupManifest(int formatVersion, String appVersion, String schemaVersion, String engine,
                             String engineVersion, OffsetDateTime created, String source, Map<String, Long> rows,
                             Map<String, Entry> entries) {

    /** The manifest's entry in the ZIP file. */
    public static final String ENTRY = "anjuan-backup.properties";
    /** The marker that tells an Anjuan backup from any other ZIP file. */
    static final String FORMAT = "anjuan-backup";
    /** The manifest layout this program writes and the newest it reads. */
    static final int FORMAT_VERSION = 1;

    public BackupManifest {
        rows = Map.copyOf(rows);
        entries = Map.copyOf(entries);
    }

    /** A data entry's checksum. */
    public record Entry(long size, String sha256) {
    }

    /** The rows of one table (lower-case name), 0 when it had none or did not exist yet. */
    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("format.version", Integer.toString(formatVersion));
        p.setProperty("app.version", appVersion);
        p.setProperty("schema.version", schemaVersion);
        p.setProperty("engine", engine);
        p.setProperty("engine.version", engineVersion);
        p.setProperty("created", created.toString());
        p.setProperty("source", source);
        rows.forEach((table, n) -> p.setProperty("rows." + table, Long.toString(n)));
        entries.forEach((name, e) -> {
            p.setProperty("entry." + name + ".size", Long.toString(e.size()));
            p.setProperty("entry." + name + ".sha256", e.sha256());
        });
        return p;
    }

    /**
     * Reads a manifest; null when the properties are not an Anjuan backup's. Throws IllegalArgumentException
     * naming the first key that is missing or unreadable.
     */
    static BackupManifest parse(Properties p) {
        if (!FORMAT.equals(p.getProperty("format"))) {
            return null;
        }
        Map<String, Long> rows = new TreeMap<>();
        Map<String, Entry> entries = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("rows.")) {
                rows.put(key.substring("rows.".length()), number(p, key));
            } else if (key.startsWith("entry.") && key.endsWith(".sha256")) {
                String name = key.substring("entry.".length(), key.length() - ".sha256".length());
                entries.put(name, new Entry(number(p, "entry." + name + ".size"), required(p, key)));
            }
        }
        OffsetDateTime created;
        try {
            created = OffsetDateTime.parse(required(p, "created"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("created", e);
        }
        return new BackupManifest((int) number(p, "format.version"), required(p, "app.version"),
                required(p, "schema.version"), required(p, "engine"), p.getProperty("engine.version", ""), created,
                p.getProperty("source", ""), rows, entries);
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(key);
        }
        return v.strip();
    }

    private static long number(Properties p, String key) {
        try {
            return Long.parseLong(required(p, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key, e);
        }
    }
}
