package org.anjuan.pdf;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Copies a file on a thread of its own, so the operating system moves a scan's bytes while PDFBox works out
 * what to append to them: stamping then costs little more than the copy alone. Closing waits for the copy,
 * so a caller that gives up can delete the half-written file without racing it.
 */
final class BackgroundCopy implements AutoCloseable {

    private final FutureTask<Void> task;

    private BackgroundCopy(FutureTask<Void> task) {
        this.task = task;
    }

    /** Starts copying {@code from} to {@code to}, which must not exist yet. */
    static BackgroundCopy start(Path from, Path to) {
        FutureTask<Void> task = new FutureTask<>(() -> {
            Files.copy(from, to);
            return null;
        });
        Thread thread = new Thread(task, "anjuan-copy " + from.getFileName());
        thread.setDaemon(true);
        thread.start();
        return new BackgroundCopy(task);
    }

    /** Waits for the copy and reports its failure. */
    void finish() throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while copying");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    /** Waits, uninterrupted, until the copy has ended one way or the other. */
    @Override
    public void close() {
        boolean interrupted = false;
        while (!task.isDone()) {
            try {
                task.get();
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break; // finish() reports it; here it only matters that the copy has stopped
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
