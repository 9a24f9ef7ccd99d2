package org.anjuan.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.anjuan.domain.AnjuanException;
import org.anjuan.store.BackupEntries;

/**
 * A backup file opened for reading: its manifest read at once, its data entries checked against their checksums
 * by {@link #verify}. Every refusal names the file and says what to do; nothing here touches a database.
 */
final class BackupFile implements BackupEntries.Source, AutoCloseable {

    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

    private final Path file;
    private final ZipFile zip;
    private final BackupManifest manifest;

    private BackupFile(Path file, ZipFile zip, BackupManifest manifest) {
        this.file = file;
        this.zip = zip;
        this.manifest = manifest;
    }

    /** Opens {@code file} and reads its manifest; refuses a missing, foreign, truncated or newer-format file. */
    static BackupFile open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AnjuanException("backup.file.missing", file);
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            // a ZIP file cut short has lost its directory at the end: corrupt, not foreign
            throw startsLikeZip(file) ? new AnjuanException(e, "backup.file.corrupt", file, e.getMessage())
                    : new AnjuanException(e, "backup.file.notBackup", file, e.getMessage());
        } catch (IOException e) {
            throw new AnjuanException(e, "backup.file.unreadable", file, e.getMessage());
        }
        try {
            BackupManifest manifest = manifest(file, zip);
            if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION) {
                throw new AnjuanException("backup.file.formatNewer", file, manifest.formatVersion());
            }
            return new BackupFile(file, zip, manifest);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static BackupManifest manifest(Path file, ZipFile zip) {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new AnjuanException("backup.file.notBackup", file, BackupManifest.ENTRY);
        }
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new AnjuanException(e, "backup.file.corrupt", file, e.getMessage());
        }
        BackupManifest manifest;
        try {
            manifest = BackupManifest.parse(p);
        } catch (IllegalArgumentException e) {
            throw new AnjuanException(e, "backup.file.corrupt", file, BackupManifest.ENTRY + ": " + e.getMessage());
        }
        if (manifest == null) {
            throw new AnjuanException("backup.file.notBackup", file, BackupManifest.ENTRY);
        }
        return manifest;
    }

    BackupManifest manifest() {
        return manifest;
    }

    Path path() {
        return file;
    }

    /** Reads every data entry to its end and compares its size and SHA-256 with the manifest's. */
    void verify() {
        if (manifest.entries().isEmpty()) {
            throw new AnjuanException("backup.file.corrupt", file, "no data");
        }
        for (Map.Entry<String, BackupManifest.Entry> e : manifest.entries().entrySet()) {
            MessageDigest digest = BackupWriter.sha256();
            long size = 0;
            try (InputStream in = open(e.getKey())) {
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                    size += n;
                }
            } catch (IOException x) {
                throw new AnjuanException(x, "backup.file.corrupt", file, e.getKey() + ": " + x.getMessage());
            }
            if (size != e.getValue().size() || !HexFormat.of().formatHex(digest.digest()).equals(e.getValue().sha256())) {
                throw new AnjuanException("backup.file.corrupt", file, e.getKey() + ": SHA-256");
            }
        }
    }

    @Override
    public InputStream open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new AnjuanException("backup.file.corrupt", file, name);
        }
        return zip.getInputStream(entry);
    }

    @Override
    public long size(String name) {
        BackupManifest.Entry e = manifest.entries().get(name);
        return e == null ? -1 : e.size();
    }

    private static boolean startsLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ZIP_SIGNATURE.length);
            return java.util.Arrays.equals(head, ZIP_SIGNATURE);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // read only; nothing to lose
        }
    }
}
