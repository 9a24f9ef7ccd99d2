package org.anjuan.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.anjuan.app.BackupInfo;
import org.anjuan.app.BackupText;
import org.anjuan.app.RestoreResult;
import org.anjuan.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 工具 → 备份数据库… and 恢复数据库…: a backup in the background with progress and 取消; a restore that first
 * checks the chosen file and asks the clerk (naming the backup's date and contents), then lets the window close
 * its register, restores, and opens the register again, whatever the outcome. The daily backup runs on a thread
 * of its own and only reports to the status line.
 */
public final class BackupViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(BackupViewModel.class);

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Failures failures;
    private final BackupText text;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private BackupDesk desk;
    private Runnable letGo = () -> { };
    private Runnable reopen = () -> { };
    private FxProgress running;

    /** A restore waiting for the clerk's yes: the file and what it holds, in words. */
    public record Question(Path file, String text) {
    }

    /** The outcome of a backup or a restore, for an information dialog. */
    public record Report(String header, String text) {
    }

    public BackupViewModel(BackgroundTasks tasks, Messages messages, ErrorReporter errors) {
        this.tasks = tasks;
        this.messages = messages;
        this.failures = new Failures(messages, errors);
        this.text = new BackupText(messages);
    }

    /**
     * @param letGo  before a restore, on the FX thread: the window stops showing the register
     * @param reopen after a restore, on the FX thread: the window opens the register again
     */
    public void connect(BackupDesk desk, Runnable letGo, Runnable reopen) {
        this.desk = desk;
        this.letGo = letGo;
        this.reopen = reopen;
    }

    /** Backs the register up into {@code file}. */
    public void backupTo(Path file) {
        BackupDesk d = desk;
        if (d == null || working.get()) {
            return;
        }
        FxProgress p = start("backup.ui.backingUp");
        tasks.run(() -> d.backup(file, p), (BackupInfo info) -> {
            stop();
            status.set(messages.text("backup.ui.done.status", info.file().getFileName()));
            show(new Report(messages.text("backup.ui.done.header"), messages.text("backup.ui.done.text",
                    info.file(), text.size(info.size()), text.contents(info))));
        }, e -> {
            stop();
            status.set(failures.report("backup.ui.failed.header", e, "backup.ui.failed.header"));
        });
    }

    /** Checks the backup in {@code file} and asks the clerk whether to restore it. */
    public void restoreFrom(Path file) {
        BackupDesk d = desk;
        if (d == null || working.get()) {
            return;
        }
        status.set(messages.text("backup.ui.checking", file.getFileName()));
        tasks.run(() -> {
            BackupInfo info = d.inspect(file);
            return new Question(file, text.beforeRestore(info, d.location()));
        }, q -> {
            status.set(messages.text("backup.ui.asking"));
            question.set(q);
        }, e -> status.set(failures.report("backup.ui.restoreFailed.header", e, "backup.ui.restoreFailed.header")));
    }

    /** The clerk said yes: the register is closed, replaced, and opened again. */
    public void confirmRestore() {
        Question q = question.get();
        BackupDesk d = desk;
        if (q == null || d == null) {
            return;
        }
        question.set(null);
        letGo.run();
        FxProgress p = start("backup.ui.restoring");
        tasks.run(() -> d.restore(q.file(), p), (RestoreResult r) -> {
            stop();
            status.set(messages.text("backup.ui.restored.status", r.restored().file().getFileName()));
            show(new Report(messages.text("backup.ui.restored.header"), String.join("\n", text.restored(r))));
            reopen.run();
        }, e -> {
            stop();
            status.set(failures.report("backup.ui.restoreFailed.header", e, "backup.ui.restoreFailed.header"));
            reopen.run();
        });
    }

    /** The clerk said no: nothing happens. */
    public void declineRestore() {
        if (question.get() != null) {
            question.set(null);
            status.set(messages.text("backup.ui.declined"));
        }
    }

    /** 取消: the running backup or restore stops at its next step and leaves nothing behind. */
    public void cancel() {
        FxProgress p = running;
        if (p != null) {
            p.cancel();
            progressText.set(messages.text("backup.ui.cancelling"));
        }
    }

    /**
     * Takes today's automatic backup if it is due, on a low-priority thread of its own: the window's own work
     * never waits for it, and it reports only to the status line.
     */
    public void daily() {
        BackupDesk d = desk;
        if (d == null) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Optional<BackupInfo> taken = d.dailyIfDue();
                taken.ifPresent(info -> tasks.onFxThread(() -> status.set(
                        messages.text("backup.ui.daily.done", info.file().getFileName()))));
            } catch (RuntimeException e) {
                String why = failures.explain(e);
                tasks.onFxThread(() -> status.set(messages.text("backup.ui.daily.failed", why)));
            }
        }, "anjuan-daily-backup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        LOG.debug("daily backup started");
    }

    private void show(Report r) {
        report.set(null); // the same outcome twice is shown twice
        report.set(r);
    }

    private FxProgress start(String key) {
        FxProgress p = new FxProgress(tasks, (done, total) -> {
            progress.set(total <= 0 ? -1 : (double) done / total);
            progressText.set(messages.text(key) + (total <= 0 ? "" : " " + (done * 100 / total) + "%"));
        });
        running = p;
        progress.set(-1);
        progressText.set(messages.text(key));
        status.set(messages.text(key));
        working.set(true);
        return p;
    }

    private void stop() {
        running = null;
        working.set(false);
    }

    public BackupDesk desk() {
        return desk;
    }

    /** True while a backup or a restore runs: the view shows its progress and 取消. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A restore waiting for the clerk's answer; the view asks and calls confirm or decline. */
    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** The latest outcome, for the view to show. */
    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }
}
