package org.anjuan.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.PageNumber;
import org.anjuan.domain.ProgressListener;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Stamps page numbers onto a scanned PDF. The output is the input's bytes, untouched, plus an incremental
 * update holding the new content streams, resources and the font subset: the scanned images are neither
 * decoded nor rewritten, so stamping costs little more than copying the file.
 */
public final class NumberStamper {

    /**
     * Writes {@code in} with {@code numbers} stamped to {@code out} (beside it first, then moved into place;
     * on failure nothing is written). Refuses an input that {@link ScanOpener} refuses, and {@code out} being
     * {@code in}: the scan stays as it came from the scanner.
     */
    public void stamp(Path in, Path out, List<PageNumber> numbers, NumberStamp style, ProgressListener progress) {
        stamp(in, out, pages -> numbers, style, progress);
    }

    /**
     * As above, with the numbers worked out from the page count once the scan is open: the scan is parsed
     * once, not once to count and again to stamp. Returns the page count.
     */
    public int stamp(Path in, Path out, IntFunction<List<PageNumber>> numbersForPages, NumberStamp style,
                     ProgressListener progress) {
        refuseSameFile(in, out);
        try (PDDocument document = ScanOpener.open(in)) {
            int[] pages = new int[1];
            AtomicFiles.writeFile(out, temp -> {
                // the operating system copies the scan (PDFBox never reads its images) while PDFBox stamps it
                BackgroundCopy copy = new BackgroundCopy(in, temp);
                try {
                    pages[0] = PdfPages.count(document, in.toString());
                    stamp(document, numbersForPages.apply(pages[0]), style, progress);
                } catch (RuntimeException e) {
                    copy.awaitQuietly(); // before the copy is deleted
                    throw e;
                }
                copy.await();
                IncrementalUpdate.append(document, temp);
            });
            return pages[0];
        } catch (IOException e) {
            throw new AnjuanException(e, "pdf.writeFailed", out.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Stamps an open document (e.g. a volume being bound); the caller saves it. */
    public void stamp(PDDocument document, List<PageNumber> numbers, NumberStamp style) {
        stamp(document, numbers, style, ProgressListener.NONE);
    }

    private static void stamp(PDDocument document, List<PageNumber> numbers, NumberStamp style,
                                     ProgressListener progress) {
        PageNumber[] byPage = byPage(numbers, document.getNumberOfPages());
        PageStamper stamper = new PageStamper(document, style);
        int index = 0;
        for (PDPage page : document.getPages()) {
            if (progress.isCancelled()) {
                throw new AnjuanException("stamp.cancelled");
            }
            if (byPage[index] != null) {
                stamper.stamp(page, byPage[index]);
            }
            index++;
            progress.progress(index, byPage.length, "stamp");
        }
    }

    private static PageNumber[] byPage(List<PageNumber> numbers, int pages) {
        PageNumber[] byPage = new PageNumber[pages];
        for (PageNumber n : numbers) {
            if (n.index() >= pages || byPage[n.index()] != null) {
                throw new IllegalArgumentException("page " + (n.index() + 1) + " of " + pages
                        + " is missing or numbered twice");
            }
            byPage[n.index()] = n;
        }
        return byPage;
    }

    private static void refuseSameFile(Path in, Path out) {
        try {
            if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())
                    || Files.exists(in) && Files.exists(out) && Files.isSameFile(in, out)) {
                throw new AnjuanException("stamp.sameFile", in.toString());
            }
        } catch (IOException e) {
            throw new AnjuanException(e, "pdf.unreadable", in.toString(), String.valueOf(e.getMessage()));
        }
    }
}
