package org.anjuan.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anjuan.app.AvText;
import org.anjuan.domain.AvCheck;
import org.anjuan.domain.AvItem;
import org.anjuan.domain.ProgressListener;
import org.anjuan.i18n.Messages;

/**
 * The 音像资料 dialog of one case: its records with their marks (逾期存储, 长期保存), and 核验, which re-reads every
 * stored file in the background with progress and a cancel, then shows per record whether it is unchanged.
 */
public final class AvRecordsViewModel {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Failures failures;
    private final AvText text;
    private final ObservableList<AvRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyBooleanWrapper verifying = new ReadOnlyBooleanWrapper(this, "verifying");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final BooleanExpression verifyDisabled = verifying.getReadOnlyProperty().or(Bindings.isEmpty(rows));
    private AvShelf shelf = AvShelf.EMPTY;
    private long caseId;
    private volatile boolean cancelled;

    public AvRecordsViewModel(BackgroundTasks tasks, Messages messages, ErrorReporter errors) {
        this.tasks = tasks;
        this.messages = messages;
        this.failures = new Failures(messages, errors);
        this.text = new AvText(messages);
    }

    void connect(AvShelf newShelf) {
        this.shelf = newShelf;
    }

    /** Shows the records of one case, read in the background. */
    public void open(long id, String caseTitle) {
        caseId = id;
        rows.clear();
        progress.set(0);
        heading.set(messages.text("av.dialog.heading", caseTitle));
        showing.set(true);
        status.set(messages.text("av.dialog.loading"));
        tasks.run(() -> shelf.list(id), (List<AvItem> items) -> {
            if (id == caseId) {
                rows.setAll(items.stream().map(i -> AvRow.of(i, text)).toList());
                status.set(messages.text("av.dialog.count", items.size(), items.stream().filter(AvItem::late).count(),
                        items.stream().filter(AvItem::keepLongTerm).count()));
            }
        }, e -> status.set(failures.report("av.dialog.loadFailed", e, "av.dialog.loadFailed")));
    }

    /** 核验: re-hashes every stored file; the result of each shows in its row. */
    public void verify() {
        if (verifyDisabled.get()) {
            return;
        }
        long id = caseId;
        cancelled = false;
        verifying.set(true);
        progress.set(0);
        status.set(messages.text("av.dialog.verifying"));
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(long done, long total, String what) {
                tasks.onFxThread(() -> progress.set(total <= 0 ? 1 : (double) done / total));
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
        tasks.run(() -> shelf.verify(id, listener), (List<AvCheck> checks) -> {
            verifying.set(false);
            if (id == caseId) {
                show(checks);
            }
        }, e -> {
            verifying.set(false);
            status.set(failures.explain(e));
        });
    }

    private void show(List<AvCheck> checks) {
        Map<Integer, AvCheck> bySeq = checks.stream()
                .collect(Collectors.toMap(c -> c.record().seq(), Function.identity()));
        rows.replaceAll(r -> bySeq.containsKey(r.seq()) ? r.checked(bySeq.get(r.seq()), text) : r);
        progress.set(1);
        long failed = checks.stream().filter(AvCheck::failed).count();
        status.set(failed == 0 ? messages.text("av.dialog.verified", checks.size())
                : messages.text("av.dialog.verifyFailed", checks.size(), failed));
    }

    /** Stops a running 核验 after the block being read; nothing is recorded for it. */
    public void cancel() {
        cancelled = true;
    }

    /** 打印制作说明…: writes the 音像资料制作说明 to the file the clerk chose. */
    public void saveSheet(Path out) {
        long id = caseId;
        tasks.run(() -> {
            shelf.saveSheet(id, out);
            return out;
        }, p -> status.set(messages.text("av.dialog.saved", p.toString())),
                e -> status.set(failures.report("av.dialog.saveFailed", e, "av.dialog.saveFailed")));
    }

    public void close() {
        cancel();
        showing.set(false);
    }

    public ObservableList<AvRow> rows() { return rows; }

    public ReadOnlyBooleanProperty showingProperty() { return showing.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty verifyingProperty() { return verifying.getReadOnlyProperty(); }

    /** 核验 is off while one runs and when there is nothing to check. */
    public BooleanExpression verifyDisabled() { return verifyDisabled; }

    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
}
