package org.anjuan.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private final NumberStamper stamper = new NumberStamper();
    private final NumberStamp style;
    private final FormSource forms;

    public VolumeWriter(NumberStamp style, FormSource forms) {
        this.style = style;
        this.forms = forms;
    }

    /** Writes {@code content} to {@code target}; progress counts scanned pages taken over. */
    public void write(Path target, VolumeContent content, ProgressListener progress) {
        Map<Path, PDDocument> sources = new LinkedHashMap<>();
        List<PDDocument> formDocuments = new ArrayList<>();
        try (PDDocument volume = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            // all three forms first, so that a form that cannot be made stops the volume before any scan is read
            PDDocument cover = open(forms.cover(content.cover()), formDocuments);
            PDDocument directory = open(forms.directory(content.cover().archiveNumber(), content.directory()),
                    formDocuments);
            PDDocument backSheet = open(forms.backSheet(content.backSheet()), formDocuments);
            append(volume, cover);
            append(volume, directory);
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
            stamper.stamp(volume, numbers, style);
            append(volume, backSheet);
            AtomicFiles.save(volume, target);
        } catch (IOException e) {
            throw new AnjuanException(e, "bind.write.failed", target, String.valueOf(e.getMessage()));
        } finally {
            sources.values().forEach(ScanOpener::closeQuietly);
            formDocuments.forEach(ScanOpener::closeQuietly);
        }
    }

    /** A form's PDF, kept open (in {@code open}) until the volume that takes its pages is saved. */
    private static PDDocument open(byte[] pdf, List<PDDocument> open) throws IOException {
        PDDocument form = Loader.loadPDF(pdf);
        open.add(form);
        return form;
    }

    /** The form's pages, after the volume's last page; they take no page number. */
    private static void append(PDDocument volume, PDDocument form) throws IOException {
        for (PDPage page : form.getPages()) {
            volume.importPage(page);
        }
    }
}
