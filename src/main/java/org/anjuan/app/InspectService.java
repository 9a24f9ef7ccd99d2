package org.anjuan.app;

import java.nio.file.Path;
import java.util.List;
import org.anjuan.domain.ProgressListener;
import org.anjuan.domain.ScannedPage;
import org.anjuan.pdf.PdfInspector;

/**
 * Inspects a scanned material before it is bound: page sizes against A4 (第五条) and blank pages. Needs no
 * register, so the CLI can use it without opening the database; the window reaches it through
 * {@link AppContext#inspect()}.
 */
public final class InspectService {

    private final PdfInspector inspector;

    public InspectService() {
        this(new PdfInspector());
    }

    InspectService(PdfInspector inspector) {
        this.inspector = inspector;
    }

    /**
     * @throws org.anjuan.domain.AnjuanException when the file is missing, empty, not a PDF, damaged or encrypted
     * @throws java.util.concurrent.CancellationException when {@code progress} asks to stop
     */
    public List<ScannedPage> inspect(Path pdf, ProgressListener progress) {
        return inspector.inspect(pdf, progress);
    }
}
