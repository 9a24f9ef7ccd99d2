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
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes one bound volume PDF. Scanned pages are taken over with their image streams untouched (copied as
 * they are, never decoded or re-encoded), and new streams live in scratch files, so memory stays small
 * whatever the size of the scans. The target is written in full or not at all.
 */
public final class VolumeWriter {

    private final NumberStamper stamper = new NumberStamper();
    private final FormPages forms = new FormPages();
    private final NumberStamp style;

    public VolumeWriter(NumberStamp style) {
        this.style = style;
    }

    /** Writes {@code content} to {@code target}; progress counts scanned pages taken over. */
    public void write(Path target, VolumeContent content, ProgressListener progress) {
        Map<Path, PDDocument> sources = new LinkedHashMap<>();
        try (PDDocument volume = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDFont font = ArchiveFont.load(volume);
            forms.addCover(volume, font, content.cover());
            forms.addDirectory(volume, font, content.cover().archiveNumber(), content.directory());
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
            forms.addBackSheet(volume, font, content.backSheet());
            AtomicFiles.save(volume, target);
        } catch (IOException e) {
            throw new AnjuanException(e, "bind.write.failed", target, String.valueOf(e.getMessage()));
        } finally {
            sources.values().forEach(ScanOpener::closeQuietly);
        }
    }
}
