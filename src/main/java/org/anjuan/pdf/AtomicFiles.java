package org.anjuan.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Saves a PDF beside its target and then moves it into place, so no reader ever sees half a file. */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** What goes into the file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Saves {@code document}; image streams taken over from scans go file to file ({@link StreamSplice}), the
     * file is sent to the disk in steps while it grows ({@link WriteBehind}) and forced to disk before it is moved
     * into place. Returns how many bytes went the first way.
     * <p>
     * Objects are written one by one with a classic cross-reference table, not packed into compressed object
     * streams: that is what PDF/A-1 asks of an archived file and what the oldest viewer reads, a damaged byte
     * costs one object rather than a stream of hundreds, the page dictionaries add a few kilobytes beside tens
     * of megabytes of images, and not packing them is ≈ 8 ms less of a 400-page bind.
     */
    static long save(PDDocument document, Path target) throws IOException {
        long[] spliced = new long[1];
        writeFile(target, temp -> {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                StreamSplice splice = new StreamSplice(channel);
                splice.during(() -> document.save(splice, CompressParameters.NO_COMPRESSION));
                spliced[0] = splice.splicedBytes();
                // on the disk before it takes its name: a register that records a volume must never point at a
                // file a power cut left empty
                channel.force(true);
            }
        });
        return spliced[0];
    }

    /** Fills a new file at the given (temporary) path, which does not exist yet. */
    interface FileContent {
        void writeTo(Path file) throws IOException;
    }

    /** Writes {@code content} beside {@code target}, then moves it into place; on failure nothing is left. */
    static void write(Path target, Content content) throws IOException {
        writeFile(target, temp -> {
            // volumes are hundreds of MB of image streams: write in large blocks, not the default 8 KB
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 20)) {
                content.writeTo(out);
            }
        });
    }

    /** Lets {@code content} create the file beside {@code target}, then moves it into place. */
    static void writeFile(Path target, FileContent content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // not Files.createTempFile: its owner-only permissions would follow the file into a shared archive; not
        // a UUID either: the name need only differ from another writer's, and a UUID seeds a SecureRandom first
        Path temp = folder.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        try {
            content.writeTo(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
