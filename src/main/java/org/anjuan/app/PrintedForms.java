package org.anjuan.app;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    /** Volumes' forms practised once a process. */
    static final int PRACTICE_ROUNDS = 8;

    /** One daemon thread, once a process, for the warm-up and the practice in turn. */
    private static final ExecutorService WARM_UP = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "anjuan-forms-warm-up");
        thread.setDaemon(true);
        return thread;
    });
    private static final AtomicBoolean WARM = new AtomicBoolean();
    private static final AtomicBoolean PRACTISED = new AtomicBoolean();

    private final FormReports reports;

    PrintedForms(FormReports reports) {
        this.reports = reports;
    }

    /**
     * JasperReports takes about two seconds to make its first form in a process (extensions, fonts, classes); a
     * bind starts this (a cover) in the background when it starts reading the scans, so its forms come quickly.
     */
    @Override
    public void warmUp() {
        if (WARM.compareAndSet(false, true)) {
            quietly(() -> reports.cover(SAMPLE));
        }
    }

    /**
     * A volume's forms made a few times in the background, once a process, after the window opened the register
     * or after the first bind: the code that fills and exports them runs only a few times a form, so the quick
     * compiler takes it on only after several binds, and until then each volume's forms took two to three times as
     * long (measured: the second to sixth bind of a session ≈ 2.9 → 2.6 × copying the scans). Not before a bind's
     * own forms: a single bind from the command line would only wait for it.
     */
    @Override
    public void practise() {
        warmUp();
        if (PRACTISED.compareAndSet(false, true)) {
            quietly(() -> {
                for (int i = 0; i < PRACTICE_ROUNDS; i++) {
                    reports.volumeForms(SAMPLE, SAMPLE_ROWS, SAMPLE_NOTES);
                }
            });
        }
    }

    private static void quietly(Runnable forms) {
        WARM_UP.execute(() -> {
            try {
                forms.run();
            } catch (RuntimeException ignored) {
                // only a warm-up: the real form reports its own failure
            }
        });
    }

    @Override
    public Forms volume(CoverSheet cover, List<DirectoryRow> directory, BackSheet backSheet) {
        FormReports.FormBundle made = reports.volumeForms(cover, directory, backSheet);
        return new Forms(made.pdf(), made.pages().get(0), made.pages().get(1));
    }
}
