package org.anjuan.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.PageNumber;
import org.anjuan.domain.ProgressListener;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Writes one bound volume PDF. Scanned pages are taken over with their image streams untouched (copied as
 * they are, never decoded or re-encoded), and new streams live in scratch files, so memory stays small
 * whatever the size of the scans. The target is written in full or not at all.
 */
public final class VolumeWriter {

    /** Forms are made beside the page copying; a daemon thread per volume, so nothing outlives a cancelled bind. */
    private static final Executor FORM_THREAD = task -> {
        Thread thread = new Thread(task, "anjuan-volume-forms");
        thread.setDaemon(true);
        thread.start();
    };

    private final NumberStamper stamper = new NumberStamper();
    private final NumberStamp style;
    private final FormSource forms;

    public VolumeWriter(NumberStamp style, FormSource forms) {
        this.style = style;
        this.forms = forms;
    }

    /**
     * Writes {@code content} to {@code target}; progress counts scanned pages taken over. The forms are made on
     * a thread of their own while the scanned pages are taken over and numbered, then put in their places.
     */
    public void write(Path target, VolumeContent content, ProgressListener progress) {
        CompletableFuture<List<byte[]>> made = CompletableFuture.supplyAsync(() -> List.of(
                forms.cover(content.cover()),
                forms.directory(content.cover().archiveNumber(), content.directory()),
                forms.backSheet(content.backSheet())), FORM_THREAD);
        Map<Path, PDDocument> sources = new LinkedHashMap<>();
        List<PDDocument> formDocuments = new ArrayList<>();
        try (PDDocument volume = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            List<PageNumber> numbers = new ArrayList<>();
            long done = 0;
            for (VolumeContent.ScanRange range : content.scans()) {
                PDDocument source = sources.computeIfAbsent(range.pdf(), ScanOpener::open);
                for (int i = range.from(); i < range.to(); i++) {
                    if (progress.isCancelled()) {
                        throw new AnjuanException("bind.cancelled");
                    }
                    volume.importPage(source.getPage(i));
                    int index = volume.getNumberOfPages() - 1;
                    PageNumber n = range.numbers().get(i - range.from());
                    numbers.add(new PageNumber(index, n.number(), n.corner()));
                    progress.progress(++done, content.scannedPages(), range.pdf().getFileName().toString());
                }
            }
            stamper.stamp(volume, numbers, style); // before the forms go in front: the indices count scans only
            List<byte[]> pdfs = made(made);
            PDPage firstScan = volume.getNumberOfPages() > 0 ? volume.getPage(0) : null;
            insert(volume, open(pdfs.get(0), formDocuments), firstScan); // 封面
            insert(volume, open(pdfs.get(1), formDocuments), firstScan); // 卷内目录
            insert(volume, open(pdfs.get(2), formDocuments), null);      // 备考表, last
            AtomicFiles.save(volume, target);
        } catch (IOException e) {
            throw new AnjuanException(e, "bind.write.failed", target, String.valueOf(e.getMessage()));
        } finally {
            sources.values().forEach(ScanOpener::closeQuietly);
            formDocuments.forEach(ScanOpener::closeQuietly);
        }
    }

    /** The forms, or the reason they could not be made (a refusal stays a refusal). */
    private static List<byte[]> made(CompletableFuture<List<byte[]>> made) {
        try {
            return made.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A form's PDF, kept open (in {@code open}) until the volume that takes its pages is saved. */
    private static PDDocument open(byte[] pdf, List<PDDocument> open) throws IOException {
        PDDocument form = Loader.loadPDF(pdf);
        open.add(form);
        return form;
    }

    /** The form's pages, in order, before {@code next} (null: at the end); they take no page number. */
    private static void insert(PDDocument volume, PDDocument form, PDPage next) throws IOException {
        for (PDPage page : form.getPages()) {
            PDPage imported = volume.importPage(page);
            if (next != null) {
                volume.getPages().remove(imported);
                volume.getPages().insertBefore(imported, next);
            }
        }
    }
}
