package org.anjuan.app;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.anjuan.domain.BackSheet;
import org.anjuan.domain.CoverSheet;
import org.anjuan.domain.DirectoryRow;
import org.anjuan.pdf.FormSource;
import org.anjuan.report.FormReports;

/**
 * The forms a bound volume carries, printed from the report templates and handed to the PDF writer. The pdf and
 * report packages know nothing of each other; this is where they meet.
 */
final class PrintedForms implements FormSource {

    private static final CoverSheet SAMPLE = new CoverSheet("全宗", "行政检查", "案卷题名", "2023年1月1日", "10年", 1, 1,
            "2023年执字第01号", 1, 1, null);

    private final FormReports reports;
    /** Once a process: what warms up is JasperReports itself and the compiled code. */
    private static final AtomicBoolean WARM = new AtomicBoolean();

    PrintedForms(FormReports reports) {
        this.reports = reports;
    }

    /**
     * JasperReports takes about two seconds to make its first form in a process (extensions, fonts, classes); a
     * bind starts that on a daemon thread while it reads and inspects the scans, so its forms come quickly.
     */
    @Override
    public void warmUp() {
        if (WARM.compareAndSet(false, true)) {
            Thread thread = new Thread(() -> {
                try {
                    reports.cover(SAMPLE);
                } catch (RuntimeException ignored) {
                    // only a warm-up: the real form reports its own failure
                }
            }, "anjuan-forms-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public Forms volume(CoverSheet cover, List<DirectoryRow> directory, BackSheet backSheet) {
        FormReports.FormBundle made = reports.volumeForms(cover, directory, backSheet);
        return new Forms(made.pdf(), made.pages().get(0), made.pages().get(1));
    }
}
