package org.anjuan.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.anjuan.domain.ProgressListener;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Finds the pages without writing (第五条: 没有文字的材料页面不用编写页号), fast enough for a 400-page
 * scanned case and without ever calling a faint page blank.
 *
 * <p>Three looks, cheapest first. (1) The page's content is walked without rendering ({@link PageSurvey}):
 * visible text or a painted mark is writing; a page that draws nothing (or only a paper-coloured
 * background) is blank; two or more images, or an image covering less than a fifth of the page, are taken
 * as writing (a pasted photo, strips of a collage). What is left is a scan: one image over the page.
 * (2) For a plain JPEG scan, its stored size per pixel ({@link SizeSignal}) marks pages clearly full of
 * writing without decoding them. (3) The remaining scans are decoded at full resolution, averaged into
 * half-millimetre cells, and searched for marks larger than dust that are not punch holes or the scanner's
 * edge ({@link InkFinder}, which lists the thresholds). Decoding runs on {@code threads} threads; the
 * document itself is read only on the calling thread, because PDFBox documents are not thread-safe.
 *
 * <p>Nothing is written to the file. An instance keeps no state between calls and may be shared.
 */
public final class BlankPageDetector {

    /** A smaller image is a picture on the page, not a scan of the sheet. */
    static final double MIN_SCAN_COVERAGE = 0.2;

    private final int threads;

    /** Two threads at most: each holds one decoded page (12 MB for A4 at 200 dpi) while a bind may be running. */
    public BlankPageDetector() {
        this(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    public BlankPageDetector(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads);
        }
        this.threads = threads;
    }

    /**
     * @return for each page in order, whether it is blank
     * @throws CancellationException when {@code progress} asks to stop; nothing has been changed
     */
    public boolean[] blankPages(PDDocument document, ProgressListener progress) {
        Verdict[] verdicts = judge(document, progress);
        boolean[] blank = new boolean[verdicts.length];
        for (int i = 0; i < verdicts.length; i++) {
            blank[i] = !verdicts[i].writing();
        }
        return blank;
    }

    /** The verdict for every page, with the reason: for tests and for telling a clerk why. */
    Verdict[] judge(PDDocument document, ProgressListener progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "anjuan-blank-pages");
            t.setDaemon(true);
            return t;
        });
        try {
            return new Run(document, progress, pool).verdicts();
        } finally {
            pool.shutdownNow();
        }
    }

    /** One page's answer; {@code reason} says what was found, or why the page counts as blank. */
    record Verdict(int index, boolean writing, String reason) {
    }

    /** The state of one call: pages surveyed, scans still being decoded, progress reported. */
    private final class Run {
        private final PDDocument document;
        private final ProgressListener progress;
        private final ExecutorCompletionService<Verdict> decoded;
        private final Semaphore inFlight = new Semaphore(threads * 2);
        private final Verdict[] verdicts;
        private final ScanImage[] scans;
        private int done;
        private int pending;

        Run(PDDocument document, ProgressListener progress, ExecutorService pool) {
            this.document = document;
            this.progress = progress;
            this.decoded = new ExecutorCompletionService<>(pool);
            this.verdicts = new Verdict[document.getNumberOfPages()];
            this.scans = new ScanImage[verdicts.length];
        }

        Verdict[] verdicts() {
            int i = 0;
            for (PDPage page : document.getPages()) {
                checkCancelled();
                survey(i++, page);
            }
            SizeSignal grey = sizes(1);
            SizeSignal colour = sizes(3);
            for (i = 0; i < scans.length; i++) {
                ScanImage scan = scans[i];
                if (scan == null) {
                    continue;
                }
                checkCancelled();
                if (scan.isPlainJpeg() && (scan.components() == 1 ? grey : colour).clearlyWritten(scan.bitsPerPixel())) {
                    settle(new Verdict(i + 1, true, String.format("JPEG of %.2f bits per pixel", scan.bitsPerPixel())));
                } else {
                    decode(i, scan);
                }
                collect(false);
            }
            while (pending > 0) {
                collect(true);
            }
            return verdicts;
        }

        private void survey(int i, PDPage page) {
            try {
                PageSurvey.Result r = PageSurvey.of(page);
                if (r.writing() != null) {
                    settle(new Verdict(i + 1, true, r.writing()));
                } else if (r.images().isEmpty()) {
                    settle(new Verdict(i + 1, false, "draws nothing"));
                } else if (r.images().size() > 1 || r.images().get(0).coverage() < MIN_SCAN_COVERAGE) {
                    settle(new Verdict(i + 1, true, r.images().size() + " image(s), not one scan of the sheet"));
                } else {
                    scans[i] = new ScanImage(r.images().get(0));
                }
            } catch (IOException | RuntimeException e) {
                settle(new Verdict(i + 1, true, "unreadable content: " + e));
            }
        }

        private SizeSignal sizes(int components) {
            return SizeSignal.of(java.util.Arrays.stream(scans)
                    .filter(s -> s != null && s.isPlainJpeg() && s.components() == components)
                    .mapToDouble(ScanImage::bitsPerPixel).toArray());
        }

        private void decode(int i, ScanImage scan) {
            int index = i + 1;
            try {
                byte[] jpeg = scan.isPlainJpeg() ? scan.readJpeg() : null;
                JpegHeader header = jpeg == null ? null : JpegHeader.parse(jpeg);
                if (header != null && (header.components() == 1 || header.components() == 3)) {
                    submit(index, jpeg, header, scan.pixelsPerMm());
                    return;
                }
                int step = ScanJudge.subsampling((long) scan.image().getWidth() * scan.image().getHeight(),
                        scan.pixelsPerMm());
                BufferedImage image = scan.image().getImage(null, step);
                settle(verdict(index, ScanJudge.judge(image, scan.pixelsPerMm() / step)));
            } catch (IOException | RuntimeException e) {
                settle(new Verdict(index, true, "image not readable: " + e));
            }
        }

        private void submit(int index, byte[] jpeg, JpegHeader header, double pixelsPerMm) {
            acquire();
            pending++;
            decoded.submit(() -> {
                try {
                    return verdict(index, ScanJudge.judgeJpeg(jpeg, header, pixelsPerMm));
                } catch (IOException | RuntimeException e) {
                    return new Verdict(index, true, "JPEG not readable: " + e);
                } finally {
                    inFlight.release();
                }
            });
        }

        private void acquire() {
            try {
                while (!inFlight.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                    checkCancelled();
                    collect(false);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            }
        }

        /** Takes the decoded pages that are ready, or waits briefly for one, reporting progress from here only. */
        private void collect(boolean wait) {
            try {
                Future<Verdict> f = wait ? decoded.poll(50, TimeUnit.MILLISECONDS) : decoded.poll();
                while (f != null) {
                    pending--;
                    settle(f.get());
                    f = decoded.poll();
                }
                checkCancelled();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause()); // the task catches everything it expects
            }
        }

        private void settle(Verdict v) {
            verdicts[v.index() - 1] = v;
            done++;
            progress.progress(done, verdicts.length, Integer.toString(v.index()));
        }

        private void checkCancelled() {
            if (progress.isCancelled()) {
                throw new CancellationException("blank-page detection cancelled");
            }
        }
    }

    private static Verdict verdict(int index, InkFinder.Verdict ink) {
        return new Verdict(index, ink.writing(), ink.reason());
    }
}
