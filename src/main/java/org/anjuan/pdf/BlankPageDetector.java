package org.anjuan.pdf;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.anjuan.domain.ProgressListener;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Finds the pages without writing (第五条: 没有文字的材料页面不用编写页号), fast enough for a 400-page
 * scanned case and without ever calling a faint page blank.
 *
 * <p>Three looks, cheapest first. (1) The page's content is walked without rendering ({@link PageSurvey}):
 * visible text or a painted mark is writing; a page that draws nothing (or only a paper-coloured
 * background) is blank; two or more images, or an image covering less than a fifth of the page, are taken
 * as writing (a pasted photo, strips of a collage). What is left is a scan: one image over the page.
 * (2) For a plain JPEG scan, its stored size per pixel ({@link SizeSignal}) marks pages clearly full of
 * writing without decoding them. (3) The remaining scans are averaged at full resolution into
 * half-millimetre cells (a baseline JPEG straight from its coefficients by {@link JpegCells}, anything else
 * decoded first), and searched for marks larger than dust that are not punch holes or the scanner's
 * edge ({@link InkFinder}, which lists the thresholds). Decoding runs on {@code threads} threads; the
 * document itself is read only on the calling thread, because PDFBox documents are not thread-safe.
 *
 * <p>Nothing is written to the file. An instance keeps no state between calls and may be shared.
 */
public final class BlankPageDetector {

    /** A smaller image is a picture on the page, not a scan of the sheet. */
    static final double MIN_SCAN_COVERAGE = 0.2;

    private final int threads;

    /**
     * Two threads at most: a bind may be running. Each holds one page's cells (3 MB for A4), or a decoded
     * page (12 MB for A4 at 200 dpi) when the JPEG is of a kind only ImageIO reads.
     */
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
            return new BlankPageRun(document, progress, pool, threads * 2).verdicts();
        } finally {
            pool.shutdownNow();
        }
    }

    /** One page's answer; {@code reason} says what was found, or why the page counts as blank. */
    record Verdict(int index, boolean writing, String reason) {
    }

    static Verdict verdict(int index, InkFinder.Verdict ink) {
        return new Verdict(index, ink.writing(), ink.reason());
    }
}
