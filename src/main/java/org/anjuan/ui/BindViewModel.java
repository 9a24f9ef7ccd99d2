package org.anjuan.ui;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anjuan.app.BindPlan;
import org.anjuan.domain.AnjuanException;
import org.anjuan.i18n.Messages;

/**
 * 装订…: plans the bind of a case in the background, shows the plan (volumes, page ranges, the archive numbers
 * it is expected to take, retention, warnings), then binds into the folder the clerk chose, with progress and
 * a cancel flag. A cancelled or failed bind leaves nothing behind and takes no number (the application layer
 * sees to that); the plan stays up so the clerk can try again.
 */
public final class BindViewModel {

    private static final String CANCELLED = "bind.cancelled";

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ErrorReporter errors;
    private final Failures failures;
    private final PlanText text;
    private final ObjectProperty<CaseBinding> backend = new SimpleObjectProperty<>(this, "backend");
    private final ReadOnlyObjectWrapper<BindStep> step = new ReadOnlyObjectWrapper<>(this, "step", BindStep.IDLE);
    private final ReadOnlyObjectWrapper<BindPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<PlanRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObjectProperty<Path> outDir = new SimpleObjectProperty<>(this, "outDir");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final BooleanExpression canBind;
    private FxProgress running;
    private Runnable onBound = () -> { };

    public BindViewModel(BackgroundTasks tasks, Messages messages, ErrorReporter errors) {
        this.tasks = tasks;
        this.messages = messages;
        this.errors = errors;
        this.failures = new Failures(messages, errors);
        this.text = new PlanText(messages);
        canBind = Bindings.createBooleanBinding(() -> step.get() == BindStep.PLANNED && outDir.get() != null,
                step, outDir);
    }

    void connect(CaseBinding binding) {
        backend.set(binding);
    }

    /** Called with the register reread after a successful bind. */
    void setOnBound(Runnable onBound) {
        this.onBound = onBound;
    }

    /** Checks the case's scans and plans its volumes; the plan is shown when it arrives. */
    public void prepare(long caseId) {
        CaseBinding b = backend.get();
        if (b == null || step.get() == BindStep.PREPARING || step.get() == BindStep.BINDING) {
            return;
        }
        reset();
        step.set(BindStep.PREPARING);
        progressText.set(messages.text("plan.preparing"));
        // planning reports the first half of a whole bind: its own pages are done at total / 2
        FxProgress listener = new FxProgress(tasks, (done, total) -> progress.set(fraction(2 * done, total)));
        tasks.run(() -> b.prepare(caseId, listener), p -> {
            plan.set(p);
            heading.set(text.heading(p));
            summary.set(text.summary(p));
            rows.setAll(text.rows(p));
            warnings.setAll(p.warnings());
            progress.set(0);
            progressText.set("");
            step.set(BindStep.PLANNED);
        }, e -> {
            reset();
            failures.report("plan.prepare.failed", e, "plan.prepare.failed");
        });
    }

    /**
     * Saves the 装订前检查表 of the planned case to {@code out}, in the background; the outcome line says where.
     * The check is made again, so the sheet shows the case as it is when printed.
     */
    public void saveCheckSheet(Path out) {
        CaseBinding b = backend.get();
        BindPlan p = plan.get();
        if (b == null || p == null || out == null || step.get() != BindStep.PLANNED) {
            return;
        }
        long caseId = p.caseFile().id();
        failed.set(false);
        outcome.set(messages.text("plan.check.saving"));
        tasks.run(() -> b.saveCheckSheet(caseId, out),
                pages -> outcome.set(messages.text("plan.check.saved", out.toString(), pages)),
                e -> {
                    outcome.set("");
                    failures.report("plan.check.failed", e, "plan.check.failed");
                });
    }

    /** Binds into {@link #outDirProperty()}; progress and the cancel flag go through {@link FxProgress}. */
    public void bind() {
        CaseBinding b = backend.get();
        BindPlan p = plan.get();
        Path dir = outDir.get();
        if (b == null || p == null || dir == null || step.get() != BindStep.PLANNED) {
            return;
        }
        step.set(BindStep.BINDING);
        outcome.set("");
        failed.set(false);
        progress.set(-1);
        progressText.set(messages.text("plan.binding"));
        // binding reports the second half of a whole bind: from total / 2 up to total
        FxProgress listener = new FxProgress(tasks, (done, total) -> {
            FxProgress r = running;
            if (step.get() == BindStep.BINDING && r != null && !r.isCancelled()) {
                progress.set(fraction(2 * done - total, total));
                progressText.set(text.progress(Math.max(0, done - total / 2), total / 2));
            }
        });
        running = listener;
        tasks.run(() -> b.bind(p, dir, listener), result -> {
            running = null;
            step.set(BindStep.DONE);
            progress.set(1);
            progressText.set("");
            outcome.set(text.done(result));
            onBound.run();
        }, e -> {
            running = null;
            step.set(BindStep.PLANNED);
            progress.set(0);
            progressText.set("");
            failed.set(true);
            if (isCancel(e)) {
                outcome.set(messages.text(CANCELLED));
            } else {
                String message = failures.explain(e);
                outcome.set(message);
                errors.show(messages.text("plan.bind.failed"), message, e);
            }
        });
    }

    /** 取消: asks the running bind to stop; it removes what it wrote and takes no number. */
    public void cancel() {
        FxProgress r = running;
        if (r != null && step.get() == BindStep.BINDING) {
            r.cancel();
            progressText.set(messages.text("plan.cancelling"));
        }
    }

    /** Closes the plan; refused while work is running. */
    public void close() {
        if (step.get() != BindStep.PREPARING && step.get() != BindStep.BINDING) {
            reset();
        }
    }

    private void reset() {
        step.set(BindStep.IDLE);
        plan.set(null);
        heading.set("");
        summary.set("");
        rows.clear();
        warnings.clear();
        outDir.set(null);
        progress.set(-1);
        progressText.set("");
        outcome.set("");
        failed.set(false);
    }

    private static boolean isCancel(Throwable e) {
        AnjuanException refusal = Failures.refusal(e);
        if (refusal != null) {
            return CANCELLED.equals(refusal.key());
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CancellationException) {
                return true;
            }
        }
        return false;
    }

    private static double fraction(long done, long total) {
        return total <= 0 ? -1 : Math.max(0, Math.min(1, (double) done / total));
    }

    public ReadOnlyObjectProperty<BindStep> stepProperty() { return step.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<BindPlan> planProperty() { return plan.getReadOnlyProperty(); }

    /** 装订方案：the case's title. */
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }

    /** The plan in words: each volume with its expected (预计) archive number, retention, the caveat. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    public ObservableList<PlanRow> rows() { return rows; }

    public ObservableList<String> warnings() { return warnings; }

    /** Where the volumes go: the folder chooser in the window, a temporary folder in tests. */
    public ObjectProperty<Path> outDirProperty() { return outDir; }

    /** 0..1, or -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }

    /** The files written, or why nothing was. */
    public ReadOnlyStringProperty outcomeProperty() { return outcome.getReadOnlyProperty(); }

    /** True when the last bind was cancelled or failed. */
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }

    public BooleanExpression canBind() { return canBind; }
}
