package org.anjuan.pdf;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ProgressListener;
import org.anjuan.domain.ScannedPage;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The scans of one case being prepared for binding, each opened once: counted when the case folder is read,
 * kept open, inspected next and closed then. A case of fifty materials would otherwise parse fifty files twice.
 * Whatever is still open (a refused folder, a cancel) is closed with this.
 */
public final class OpenedScans implements AutoCloseable {

    private final PdfInspector inspector;
    private final Map<Path, PDDocument> open = new HashMap<>();

    public OpenedScans(PdfInspector inspector) {
        this.inspector = inspector;
    }

    /** The scan's pages, counted as {@link PdfPages} counts them; the scan stays open for {@link #inspect}. */
    public int count(Path pdf) {
        Path key = key(pdf);
        PDDocument document = open.get(key);
        if (document == null) {
            document = ScanOpener.open(pdf);
            open.put(key, document);
        }
        try {
            return PdfPages.count(document, pdf.toString());
        } catch (RuntimeException e) {
            ScanOpener.closeQuietly(open.remove(key));
            throw e instanceof AnjuanException refusal ? refusal
                    : new AnjuanException(e, "pdf.corrupt", pdf.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** As {@link PdfInspector#inspect(Path, ProgressListener)}, from the open scan if it was counted; closes it. */
    public List<ScannedPage> inspect(Path pdf, ProgressListener progress) {
        PDDocument document = open.remove(key(pdf));
        if (document == null) {
            return inspector.inspect(pdf, progress);
        }
        try {
            return inspector.inspect(document, pdf.toString(), progress);
        } finally {
            ScanOpener.closeQuietly(document);
        }
    }

    @Override
    public void close() {
        open.values().forEach(ScanOpener::closeQuietly);
        open.clear();
    }

    private static Path key(Path pdf) {
        return pdf.toAbsolutePath().normalize();
    }
}
