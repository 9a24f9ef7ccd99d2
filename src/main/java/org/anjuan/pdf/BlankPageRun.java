package org.anjuan.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.anjuan.domain.ProgressListener;
import org.anjuan.pdf.BlankPageDetector.Verdict;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * One call of {@link BlankPageDetector}: surveys every page on the calling thread, then hands the scans that
 * need decoding to the pool (at most {@code maxInFlight} at a time, which bounds the memory), settles each
 * page as its answer arrives, and reports progress from the calling thread only. Scans that look blank by
 * their size ({@link SizeSignal.Forecast}) are handed over while the survey is still going, so the decoding
 * overlaps it; which pages are decoded and judged on their pixels is still decided once every size is known,
 * exactly as without the forecast, and an early answer for a page that turns out clearly written is dropped.
 */
final class BlankPageRun {

    private final PDDocument document;
    private final ProgressListener progress;
    private final ExecutorCompletionService<Verdict> answers;
    private final Semaphore inFlight;
    private final Verdict[] verdicts;
    private final ScanImage[] scans;
    /** Decoded answers as they arrive, and whether the page's size let it through to be judged by them. */
    private final Verdict[] decoded;
    private final boolean[] submitted;
    private final boolean[] wanted;
    private int done;
    /** Answers wanted and not yet arrived: an early one for a page found clearly written is not waited for. */
    private int awaiting;

    BlankPageRun(PDDocument document, ProgressListener progress, ExecutorService pool, int maxInFlight) {
        this.document = document;
        this.inFlight = new Semaphore(maxInFlight);
        this.progress = progress;
        this.answers = new ExecutorCompletionService<>(pool);
        this.verdicts = new Verdict[document.getNumberOfPages()];
        this.scans = new ScanImage[verdicts.length];
        this.decoded = new Verdict[verdicts.length];
        this.submitted = new boolean[verdicts.length];
        this.wanted = new boolean[verdicts.length];
    }

    Verdict[] verdicts() {
        SizeSignal.Forecast grey = new SizeSignal.Forecast();
        SizeSignal.Forecast colour = new SizeSignal.Forecast();
        int i = 0;
        for (PDPage page : document.getPages()) {
            checkCancelled();
            survey(i, page);
            ScanImage scan = scans[i];
            if (scan != null && scan.isPlainJpeg()
                    && (scan.components() == 1 ? grey : colour).likelyLetThrough(scan.bitsPerPixel())) {
                submitEarly(i, scan);
            }
            collect(false);
            i++;
        }
        SizeSignal greySizes = sizes(1);
        SizeSignal colourSizes = sizes(3);
        for (i = 0; i < scans.length; i++) {
            ScanImage scan = scans[i];
            if (scan == null) {
                continue;
            }
            checkCancelled();
            SizeSignal signal = scan.isPlainJpeg() && scan.components() == 1 ? greySizes : colourSizes;
            if (scan.isPlainJpeg() && signal.clearlyWritten(scan.bitsPerPixel())) {
                settle(new Verdict(i + 1, true, String.format("JPEG of %.2f bits per pixel", scan.bitsPerPixel())));
            } else if (submitted[i]) {
                want(i);
            } else {
                decode(i, scan);
            }
            collect(false);
        }
        while (awaiting > 0) {
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
            } else if (r.images().size() > 1
                    || r.images().get(0).coverage() < BlankPageDetector.MIN_SCAN_COVERAGE) {
                settle(new Verdict(i + 1, true, r.images().size() + " image(s), not one scan of the sheet"));
            } else {
                scans[i] = new ScanImage(r.images().get(0));
            }
        } catch (IOException | RuntimeException e) {
            settle(new Verdict(i + 1, true, "unreadable content: " + e));
        }
    }

    private SizeSignal sizes(int components) {
        return SizeSignal.of(Arrays.stream(scans)
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
            settle(BlankPageDetector.verdict(index, ScanJudge.judge(image, scan.pixelsPerMm() / step)));
        } catch (IOException | RuntimeException e) {
            settle(new Verdict(index, true, "image not readable: " + e));
        }
    }

    /**
     * Hands a scan to the pool before its size has been weighed against all the others; when the JPEG is not
     * one the pool reads, or cannot be read, it is left for {@link #decode} to settle later.
     */
    private void submitEarly(int i, ScanImage scan) {
        try {
            byte[] jpeg = scan.readJpeg();
            JpegHeader header = JpegHeader.parse(jpeg);
            if (header != null && (header.components() == 1 || header.components() == 3)) {
                submitted[i] = true;
                submit(i + 1, jpeg, header, scan.pixelsPerMm());
            }
        } catch (IOException | RuntimeException e) {
            // decode() meets the same problem and says so
        }
    }

    private void submit(int index, byte[] jpeg, JpegHeader header, double pixelsPerMm) {
        if (!submitted[index - 1]) {
            want(index - 1); // weighed already: its answer settles the page
        }
        acquire();
        answers.submit(() -> {
            try {
                return BlankPageDetector.verdict(index, ScanJudge.judgeJpeg(jpeg, header, pixelsPerMm));
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
            Future<Verdict> f = wait ? answers.poll(50, TimeUnit.MILLISECONDS) : answers.poll();
            while (f != null) {
                Verdict v = f.get();
                decoded[v.index() - 1] = v;
                if (wanted[v.index() - 1]) {
                    awaiting--;
                    settle(v);
                }
                f = answers.poll();
            }
            checkCancelled();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // the task catches everything it expects
        }
    }

    /** The page's answer is the decoded one: settled now if it is here, else when it arrives. */
    private void want(int i) {
        wanted[i] = true;
        if (decoded[i] != null) {
            settle(decoded[i]);
        } else {
            awaiting++;
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
