package org.anjuan.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Copies a file on a thread of its own. Copying a 127 MB scan is ≈ 40 ms of the kernel's time that need not
 * wait for PDFBox: stamping the same scan keeps the other core busy for longer than that.
 */
final class BackgroundCopy {

    private final FutureTask<Void> task;

    /** Starts copying {@code from} to {@code to}, which must not exist yet. */
    BackgroundCopy(Path from, Path to) {
        task = new FutureTask<>(() -> {
            Files.copy(from, to);
            return null;
        });
        Thread thread = new Thread(task, "copy " + from.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for the copy; throws what it failed with. */
    void await() throws IOException {
        try {
            waitUninterruptibly();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /** Waits for the copy when something else has already failed: that failure is the one to report. */
    void awaitQuietly() {
        try {
            waitUninterruptibly();
        } catch (ExecutionException ignored) {
            // the caller is already throwing
        }
    }

    /** The copy has to be over before its file can be moved or deleted, interrupted or not. */
    private void waitUninterruptibly() throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    task.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
