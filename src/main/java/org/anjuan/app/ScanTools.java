package org.anjuan.app;

import java.util.List;
import org.anjuan.domain.ProgressListener;
import org.anjuan.domain.ScannedPage;
import org.anjuan.pdf.NumberStamp;
import org.anjuan.pdf.PdfInspector;

/**
 * The services that work on PDF files alone — inspecting scans, stamping page numbers, number-only sheets,
 * thumbnails, printing — so commands that need no register start without opening the database.
 */
public final class ScanTools {

    private final InspectService inspect = new InspectService();
    private final ThumbnailService thumbnails = new ThumbnailService();
    private final PrintingService printing = new PrintingService();
    private final StampService stamp;

    public ScanTools() {
        PdfInspector inspector = new PdfInspector();
        this.stamp = new StampService(pdf -> blankFlags(inspector.inspect(pdf, ProgressListener.NONE)),
                NumberStamp.DEFAULT);
    }

    public InspectService inspect() {
        return inspect;
    }

    public StampService stamp() {
        return stamp;
    }

    public ThumbnailService thumbnails() {
        return thumbnails;
    }

    /** The system's printers and sending finished PDFs to them. */
    public PrintingService printing() {
        return printing;
    }

    private static boolean[] blankFlags(List<ScannedPage> pages) {
        boolean[] blank = new boolean[pages.size()];
        for (int i = 0; i < blank.length; i++) {
            blank[i] = pages.get(i).blank();
        }
        return blank;
    }
}
