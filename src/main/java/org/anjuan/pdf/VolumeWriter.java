package org.anjuan.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.PageNumber;
import org.anjuan.domain.ProgressListener;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes the bound volume PDFs of a bind. Scanned pages are taken over with their image and content streams
 * untouched (copied as they are, never decoded or re-encoded), and new streams live in scratch files, so memory
 * stays small whatever the size of the scans. Each target is written in full, and forced to disk, or not at all.
 */
public final class VolumeWriter {

    /** Volumes written at once: the second uses the processor while the first waits for the disk. */
    private static final int WRITERS = 2;

    private final NumberStamper stamper = new NumberStamper();
    private final NumberStamp style;
    private final FormSource forms;

    public VolumeWriter(NumberStamp style, FormSource forms) {
        this.style = style;
        this.forms = forms;
    }

    /**
     * Writes each {@code contents.get(i)} to {@code targets.get(i)} and returns when all are written; see
     * {@link #start}.
     */
    public void write(List<Path> targets, List<VolumeContent> contents, ProgressListener progress) {
        try (Writing writing = start(targets, contents, progress)) {
            writing.await();
        }
    }

    /**
     * Starts writing each {@code contents.get(i)} to {@code targets.get(i)}; progress counts scanned pages taken
     * over, across all the volumes. Two volumes are written at a time (one while the other waits for its disk),
     * and the forms of every volume are made meanwhile on as many threads of their own, in volume order from the
     * start, so a volume's forms are usually ready by the time its pages are copied and numbered (with one forms
     * thread the second volume's writer waited for the first volume's forms as well as its own). When one volume
     * fails or the clerk cancels, the others stop at their next page. The caller may do other work meanwhile (a
     * bind records the volumes in the register while they are forced to disk) and must close what this returns.
     */
    public Writing start(List<Path> targets, List<VolumeContent> contents, ProgressListener progress) {
        if (targets.size() != contents.size()) {
            throw new IllegalArgumentException(targets.size() + " targets for " + contents.size() + " volumes");
        }
        int atOnce = Math.max(1, Math.min(WRITERS, contents.size()));
        ExecutorService formThreads = Executors.newFixedThreadPool(atOnce, daemon("anjuan-volume-forms"));
        ExecutorService writers = Executors.newFixedThreadPool(atOnce, daemon("anjuan-volume-writer"));
        Shared shared = new Shared(progress, contents.stream().mapToLong(VolumeContent::scannedPages).sum());
        List<Future<?>> written = new ArrayList<>();
        Writing writing = new Writing(formThreads, writers, shared, written);
        try {
            for (int i = 0; i < contents.size(); i++) {
                VolumeContent c = contents.get(i);
                Future<FormSource.Forms> made = formThreads.submit(() -> forms.volume(c.cover(), c.directory(),
                        c.backSheet()));
                Path target = targets.get(i);
                written.add(writers.submit(() -> {
                    try {
                        if (shared.isCancelled()) {
                            throw new AnjuanException("bind.cancelled");
                        }
                        write(target, c, made, shared);
                    } catch (RuntimeException | Error e) {
                        shared.fail(e);
                    }
                }));
            }
            return writing;
        } catch (RuntimeException | Error e) {
            writing.close();
            throw e;
        }
    }

    /** The volumes being written by {@link #start}. */
    public static final class Writing implements AutoCloseable {

        private final ExecutorService formThreads;
        private final ExecutorService writers;
        private final Shared shared;
        private final List<Future<?>> written;

        private Writing(ExecutorService formThreads, ExecutorService writers, Shared shared, List<Future<?>> written) {
            this.formThreads = formThreads;
            this.writers = writers;
            this.shared = shared;
            this.written = written;
        }

        /**
         * Returns when every volume is written and forced to disk; throws the first failure (a refusal, a disk
         * error, the clerk's cancel). An interrupt of the caller is a cancel.
         */
        public void await() {
            waitForAll();
            shared.rethrow();
        }

        /**
         * Stops what is still being written, at its next page, and returns only when no volume is being written
         * any more, so the caller can clear away what was written.
         */
        @Override
        public void close() {
            if (written.stream().anyMatch(w -> !w.isDone())) {
                shared.fail(new AnjuanException("bind.cancelled"));
            }
            waitForAll();
        }

        private void waitForAll() {
            try {
                for (Future<?> w : written) {
                    waitFor(w, shared);
                }
            } finally {
                formThreads.shutdownNow();
                writers.shutdownNow();
            }
        }
    }

    /** Daemon threads: nothing outlives a cancelled bind or a closed program. */
    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Until the volume's writer is done: it always ends soon, at its next page once anything failed. An interrupt
     * of the caller is a cancel.
     */
    private static void waitFor(Future<?> writer, Shared shared) {
        boolean interrupted = false;
        while (true) {
            try {
                writer.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                shared.fail(new AnjuanException("bind.cancelled"));
            } catch (ExecutionException e) {
                break; // the task itself records what failed
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One volume: the scanned pages taken over and numbered, then the forms (made elsewhere) put in their places. */
    private void write(Path target, VolumeContent content, Future<FormSource.Forms> made, ProgressListener progress) {
        Map<Path, PDDocument> sources = new LinkedHashMap<>();
        Map<Path, List<PDPage>> sourcePages = new LinkedHashMap<>();
        PDDocument formDocument = null;
        try (PDDocument volume = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            List<PageNumber> numbers = new ArrayList<>();
            long done = 0;
            for (VolumeContent.ScanRange range : content.scans()) {
                // the pages listed once, walking the page tree: getPage(i) walks it from the top every time
                List<PDPage> pages = sourcePages.computeIfAbsent(range.pdf(), pdf -> {
                    List<PDPage> all = new ArrayList<>();
                    sources.computeIfAbsent(pdf, ScanOpener::open).getPages().forEach(all::add);
                    return all;
                });
                for (int i = range.from(); i < range.to(); i++) {
                    if (progress.isCancelled()) {
                        throw new AnjuanException("bind.cancelled");
                    }
                    takeOver(volume, pages.get(i));
                    int index = volume.getNumberOfPages() - 1;
                    PageNumber n = range.numbers().get(i - range.from());
                    numbers.add(new PageNumber(index, n.number(), n.corner()));
                    progress.progress(++done, content.scannedPages(), range.pdf().getFileName().toString());
                }
            }
            stamper.stamp(volume, numbers, style); // before the forms go in front: the indices count scans only
            FormSource.Forms forms = made(made);
            formDocument = Loader.loadPDF(forms.pdf());
            PDPage firstScan = volume.getNumberOfPages() > 0 ? volume.getPage(0) : null;
            int front = forms.coverPages() + forms.directoryPages();
            for (int i = 0; i < formDocument.getNumberOfPages(); i++) {
                // 封面 and 卷内目录 before the first scanned page, 备考表 last; forms take no page number
                insert(volume, formDocument.getPage(i), i < front ? firstScan : null);
            }
            AtomicFiles.save(volume, target);
        } catch (IOException e) {
            throw new AnjuanException(e, "bind.write.failed", target, String.valueOf(e.getMessage()));
        } finally {
            sources.values().forEach(ScanOpener::closeQuietly);
            if (formDocument != null) {
                ScanOpener.closeQuietly(formDocument);
            }
        }
    }

    /**
     * A scanned page added to the volume as PDFBox's {@code importPage} adds it — its own copy of the page
     * dictionary, the inherited boxes and rotation made its own, new object numbers — except that its content
     * streams are carried over as they are stored rather than decoded and compressed again (a Flate compressor
     * set up for every page was most of the import's time), and inherited resources come along too.
     */
    private static void takeOver(PDDocument volume, PDPage scanned) {
        COSDictionary dictionary = new COSDictionary(scanned.getCOSObject());
        dictionary.removeItem(COSName.PARENT);
        dictionary.resetImportedObjectKeys();
        PDPage page = new PDPage(dictionary);
        volume.addPage(page);
        page.setCropBox(new PDRectangle(scanned.getCropBox().getCOSArray()));
        page.setMediaBox(new PDRectangle(scanned.getMediaBox().getCOSArray()));
        page.setRotation(scanned.getRotation());
        if (!dictionary.containsKey(COSName.RESOURCES) && scanned.getResources() != null) {
            page.setResources(scanned.getResources());
        }
    }

    /** The forms, or the reason they could not be made (a refusal stays a refusal). */
    private static FormSource.Forms made(Future<FormSource.Forms> made) {
        try {
            return made.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnjuanException("bind.cancelled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A page of the forms, before {@code next} (null: at the end). */
    private static void insert(PDDocument volume, PDPage page, PDPage next) throws IOException {
        PDPage imported = volume.importPage(page);
        if (next != null) {
            volume.getPages().remove(imported);
            volume.getPages().insertBefore(imported, next);
        }
    }

    /**
     * The progress of all the volumes being written, reported one call at a time whichever writer makes it, and
     * the first failure, which stops the other writers at their next page.
     */
    private static final class Shared implements ProgressListener {

        private final ProgressListener all;
        private final long total;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private long done;

        Shared(ProgressListener all, long total) {
            this.all = all;
            this.total = total;
        }

        /** Each call is one more page taken over. */
        @Override
        public synchronized void progress(long ignored, long stepTotal, String what) {
            all.progress(++done, total, what);
        }

        @Override
        public boolean isCancelled() {
            return failure.get() != null || all.isCancelled();
        }

        /** Keeps the first failure: the others are writers stopping because of it. */
        void fail(Throwable e) {
            failure.compareAndSet(null, e);
        }

        void rethrow() {
            Throwable e = failure.get();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof Error error) {
                throw error;
            }
        }
    }
}
