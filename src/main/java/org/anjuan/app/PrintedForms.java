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

    private static final List<DirectoryRow> SAMPLE_ROWS = java.util.Collections.nCopies(12,
            new DirectoryRow(1, "执字〔2023〕1号", "执法监督处", "现场检查笔录", "2023年1月1日", "1-2", ""));
    private static final BackSheet SAMPLE_NOTES = new BackSheet("2023年执字第01号", List.of("本卷情况说明"), "立卷人",
            "检查人", "2023年1月1日");
    /** Volumes' forms the warm-up makes after its first cover. */
    static final int WARM_UP_ROUNDS = 8;

    private final FormReports reports;
    /** Once a process: what warms up is JasperReports itself and the compiled code. */
    private static final AtomicBoolean WARM = new AtomicBoolean();

    PrintedForms(FormReports reports) {
        this.reports = reports;
    }

    /**
     * JasperReports takes about two seconds to make its first form in a process (extensions, fonts, classes); the
     * window starts this when the register opens, and a bind when it starts reading the scans, on a daemon thread,
     * so a volume's forms come quickly. After the first cover it makes a volume's forms a few more times: the code
     * that fills and exports them runs only a few times a form, so the quick compiler takes it on only after
     * several binds, and until then each volume's forms took two to three times as long (measured: the second to
     * sixth bind of a session 3.0 → 2.6 × copying the scans, the first 0.08 s slower when nothing else warmed it).
     */
    @Override
    public void warmUp() {
        if (WARM.compareAndSet(false, true)) {
            Thread thread = new Thread(() -> {
                try {
                    reports.cover(SAMPLE);
                    for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                        reports.volumeForms(SAMPLE, SAMPLE_ROWS, SAMPLE_NOTES);
                    }
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
