package org.anjuan.app;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.anjuan.store.BackupEntries;

/**
 * Writes a backup file: the engine's entries, each checksummed as it goes by, then the manifest, into a hidden
 * file beside the target that is flushed to the disk and only then moved into place. Until {@link #commit} the
 * target is untouched; {@link #close} removes whatever was half written.
 */
final class BackupWriter implements BackupEntries, AutoCloseable {

    private final Path target;
    private final Path temp;
    private ZipOutputStream zip;
    private final Map<String, BackupManifest.Entry> written = new TreeMap<>();
    private String open;
    private MessageDigest digest;
    private long size;
    private boolean committed;

    BackupWriter(Path target) {
        this.target = target.toAbsolutePath().normalize();
        this.temp = this.target.resolveSibling(tempName(this.target.getFileName().toString()));
    }

    /** The file is only made when the engine has its snapshot and writes: a refused backup leaves no trace. */
    private ZipOutputStream zip() throws IOException {
        if (zip == null) {
            Files.createDirectories(target.getParent());
            zip = new ZipOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16));
        }
        return zip;
    }

    /** The hidden name a backup is written under until it is complete. */
    static String tempName(String target) {
        return "." + target + "." + UUID.randomUUID() + ".part";
    }

    /** True for a name {@link #tempName} made for {@code target}: a half-written backup left by a crash. */
    static boolean isTempOf(String fileName, String targetPrefix) {
        return fileName.startsWith("." + targetPrefix) && fileName.endsWith(".part");
    }

    @Override
    public OutputStream next(String name) throws IOException {
        finishEntry();
        if (name.equals(BackupManifest.ENTRY) || written.containsKey(name)) {
            throw new IllegalArgumentException("entry written twice: " + name);
        }
        zip().putNextEntry(new ZipEntry(name));
        open = name;
        digest = sha256();
        size = 0;
        return new FilterOutputStream(new DigestOutputStream(zip, digest)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                size += len;
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                size++;
            }

            @Override
            public void close() throws IOException {
                flush();
                finishEntry(); // the entry ends; the ZIP file goes on
            }
        };
    }

    /** What was written so far: each entry's size and checksum. */
    Map<String, BackupManifest.Entry> entries() throws IOException {
        finishEntry();
        return Map.copyOf(written);
    }

    /** Writes the manifest last, makes the file durable and moves it into place. */
    void commit(BackupManifest manifest) throws IOException {
        finishEntry();
        zip().putNextEntry(new ZipEntry(BackupManifest.ENTRY));
        StringWriter text = new StringWriter();
        manifest.toProperties().store(text, "Anjuan 案卷 database backup");
        OutputStreamWriter w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        w.write(text.toString());
        w.flush();
        zip.closeEntry();
        zip.close();
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    private void finishEntry() throws IOException {
        if (open != null) {
            zip.closeEntry();
            written.put(open, new BackupManifest.Entry(size, HexFormat.of().formatHex(digest.digest())));
            open = null;
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed && zip != null) {
            try {
                zip.close();
            } catch (IOException | RuntimeException e) {
                // the half-written file goes anyway
            }
            Files.deleteIfExists(temp);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
