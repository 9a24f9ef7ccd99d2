package org.anjuan.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends a file being written to the disk while it is still being written: each time another {@value #STEP_MB}
 * MB have been added, a thread of its own asks the system to write out what is there so far (the data, not the
 * file's size and times: that is the final force's job). The closing force then finds most of the file on the
 * disk already, and the copying and the disk work overlap instead of following each other.
 */
final class WriteBehind {

    static final int STEP_MB = 16;
    private static final long STEP = (long) STEP_MB << 20;
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "anjuan-write-behind");
        thread.setDaemon(true);
        return thread;
    });

    private final FileChannel channel;
    private long forcedAt;
    private int writeOuts;
    private CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    WriteBehind(FileChannel channel) {
        this.channel = channel;
    }

    /** The file now holds {@code size} bytes; one write-out at a time, the next once it is done. */
    void written(long size) {
        if (size - forcedAt >= STEP && running.isDone()) {
            forcedAt = size;
            writeOuts++;
            running = CompletableFuture.runAsync(() -> {
                try {
                    channel.force(false);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, THREADS);
        }
    }

    /** How many write-outs were started. */
    int writeOuts() {
        return writeOuts;
    }

    /** Waits for the write-out under way, if any, whatever becomes of it. */
    void stop() {
        try {
            running.handle((done, failure) -> null).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // handled above: cannot happen
        }
    }

    /** Waits for the write-out under way; its failure is the file's. */
    void finish() throws IOException {
        try {
            running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the file was written to the disk", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException(e.getCause());
        }
    }
}
