package org.anjuan.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ProgressListener;

/**
 * SHA-256 of a stored recording. Videos run to many gigabytes, so the file is read a block at a time, never
 * whole; progress is reported in bytes after each block and a cancel is honoured between blocks.
 */
final class FileChecksum {

    private static final int BLOCK = 1 << 20;

    private FileChecksum() {
    }

    /**
     * @param doneBefore bytes already counted by the caller (several files in one run)
     * @param total      bytes of the whole run, for the progress
     */
    static String sha256(Path file, ProgressListener progress, long doneBefore, long total) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] block = new byte[BLOCK];
        long done = doneBefore;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(block); n >= 0; n = in.read(block)) {
                if (progress.isCancelled()) {
                    throw new AnjuanException("av.cancelled", file.toString());
                }
                digest.update(block, 0, n);
                done += n;
                progress.progress(done, total, file.getFileName().toString());
            }
        } catch (IOException e) {
            throw new AnjuanException(e, "av.file.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
