package org.anjuan.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.anjuan.domain.AnjuanException;

/**
 * The installation's backup settings, from the same {@code anjuan.properties} as the others: {@code backup.folder}
 * (default: the folder {@code backups} beside the database file), {@code backup.keep} (how many daily backups to
 * keep, default 7) and {@code backup.daily} ({@code on} or {@code off}, default on).
 */
public record BackupSettings(Path folder, int keep, boolean daily) {

    public static final int DEFAULT_KEEP = 7;

    public static BackupSettings load(InstallationSettings installation) {
        Properties p = new Properties();
        Path file = installation.dataDir().resolve(InstallationSettings.FILE);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String folder = p.getProperty("backup.folder", "").strip();
        Path dir = folder.isEmpty() ? installation.database().toAbsolutePath().resolveSibling("backups")
                : installation.dataDir().resolve(folder);
        return new BackupSettings(dir.toAbsolutePath().normalize(), keep(p.getProperty("backup.keep")),
                daily(p.getProperty("backup.daily")));
    }

    private static int keep(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_KEEP;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new AnjuanException("backup.settings.keep", value.strip());
    }

    private static boolean daily(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> throw new AnjuanException("backup.settings.daily", value.strip());
        };
    }
}
