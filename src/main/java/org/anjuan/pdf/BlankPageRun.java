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
 * page as its answer arrives, and reports progress from the calling thread only.
 */
final class BlankPageRun {

    private final PDDocument document;
    private final ProgressListener progress;
    private final ExecutorCompletionService<Verdict> decoded;
    private final Semaphore inFlight;
    private final Verdict[] verdicts;
    private final ScanImage[] scans;
    private int done;
    private int pending;

    BlankPageRun(PDDocument document, ProgressListener progress, ExecutorService pool, int maxInFlight) {
        this.document = document;
        this.inFlight = new Semaphore(maxInFlight);
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
            SizeSignal signal = scan.isPlainJpeg() && scan.components() == 1 ? grey : colour;
            if (scan.isPlainJpeg() && signal.clearlyWritten(scan.bitsPerPixel())) {
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

    private void submit(int index, byte[] jpeg, JpegHeader header, double pixelsPerMm) {
        acquire();
        pending++;
        decoded.submit(() -> {
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
