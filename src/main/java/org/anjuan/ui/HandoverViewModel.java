package org.anjuan.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anjuan.domain.Handover;
import org.anjuan.domain.HandoverStatus;
import org.anjuan.i18n.Messages;

/**
 * The 移交验收 dialog's state: the case's handover status, who hands it over, the acceptance check's findings with a
 * tick box and a note each (放行), the clerk's own items and the reasons for a return; 登记移交, 重新检查, 接收 and 退回
 * run in the background and a refusal is shown in the dialog, in the clerk's language.
 */
public final class HandoverViewModel {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Failures failures;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyStringWrapper caseTitle = new ReadOnlyStringWrapper(this, "caseTitle", "");
    private final ReadOnlyObjectWrapper<HandoverStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final StringProperty department = new SimpleStringProperty(this, "department", "");
    private final StringProperty person = new SimpleStringProperty(this, "person", "");
    private final StringProperty newItem = new SimpleStringProperty(this, "newItem", "");
    private final StringProperty reasons = new SimpleStringProperty(this, "reasons", "");
    private final ObservableList<FindingRow> findings = FXCollections.observableArrayList();
    private HandoverDesk desk;
    private long caseId;
    private Runnable onDecided = () -> { };

    public HandoverViewModel(BackgroundTasks tasks, Messages messages, ErrorReporter errors) {
        this.tasks = tasks;
        this.messages = messages;
        this.failures = new Failures(messages, errors);
    }

    /** Opens the dialog for a case; the handling department and officer are proposed as who hands it over. */
    public void open(HandoverDesk handovers, long id, String title, String handlingDept, String officer) {
        this.desk = handovers;
        this.caseId = id;
        caseTitle.set(title);
        department.set(handlingDept == null ? "" : handlingDept);
        person.set(officer == null ? "" : officer);
        newItem.set("");
        reasons.set("");
        message.set("");
        findings.clear();
        status.set(null);
        showing.set(true);
        run(() -> {
            List<Handover> rounds = desk.history(caseId);
            Handover last = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
            // a pending round is checked afresh, so the clerk sees the file as it is now
            return last != null && last.decision() == null ? desk.check(caseId, List.of()) : last;
        }, "");
    }

    /** 登记移交: the department hands the case's materials over; the check runs at once. */
    public void receive() {
        String d = department.get();
        String p = person.get();
        run(() -> {
            desk.receive(caseId, d, p);
            return desk.check(caseId, List.of());
        }, messages.text("handover.dialog.received"));
    }

    /** 重新检查: checks again, adding the clerk's new item (if any) to the findings. */
    public void check() {
        List<String> items = newItem.get().isBlank() ? List.of() : List.of(newItem.get());
        run(() -> desk.check(caseId, items), "");
        newItem.set("");
    }

    /** 接收: the ticked findings are let through with their notes; the rest must not remain. */
    public void accept() {
        Map<Integer, String> waivers = new LinkedHashMap<>();
        findings.stream().filter(r -> r.waivedProperty().get()).forEach(r -> waivers.put(r.no(), r.noteProperty().get()));
        run(() -> desk.accept(caseId, waivers), messages.text("handover.dialog.accepted"));
    }

    /** 退回: one reason a line. */
    public void returnFile() {
        List<String> lines = Arrays.asList(reasons.get().split("\\R"));
        run(() -> desk.returnFile(caseId, lines), messages.text("handover.dialog.returned"));
    }

    public void close() {
        showing.set(false);
    }

    /** Called after a decision, e.g. to reread the register. */
    public void setOnDecided(Runnable action) {
        this.onDecided = action;
    }

    private void run(Callable<Handover> work, String done) {
        message.set(messages.text("handover.dialog.working"));
        tasks.run(work, h -> {
            show(h);
            message.set(done);
            if (h != null && h.decision() != null && !done.isEmpty()) {
                onDecided.run();
            }
        }, e -> message.set(failures.explain(e)));
    }

    private void show(Handover h) {
        HandoverStatus s = Handover.statusOf(h);
        status.set(s);
        statusText.set(h == null ? messages.text("handover.dialog.status", s.label())
                : messages.text("handover.dialog.statusRound", s.label(), h.round(), h.fromDept(), h.fromPerson()));
        // a check run again keeps what the clerk ticked and wrote for the findings that are still there
        Map<String, FindingRow> before = new LinkedHashMap<>();
        findings.forEach(r -> before.putIfAbsent(r.text(), r));
        List<FindingRow> rows = h == null ? List.of() : h.findings().stream().map(FindingRow::new).toList();
        if (s == HandoverStatus.PENDING) {
            rows.forEach(r -> r.keep(before.get(r.text())));
        }
        findings.setAll(rows);
    }

    public ReadOnlyBooleanProperty showingProperty() { return showing.getReadOnlyProperty(); }

    public ReadOnlyStringProperty caseTitleProperty() { return caseTitle.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<HandoverStatus> statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusTextProperty() { return statusText.getReadOnlyProperty(); }

    /** The last result or refusal, in the clerk's language. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public StringProperty departmentProperty() { return department; }

    public StringProperty personProperty() { return person; }

    public StringProperty newItemProperty() { return newItem; }

    public StringProperty reasonsProperty() { return reasons; }

    public ObservableList<FindingRow> findings() { return findings; }

    /** True while a command runs: the dialog's buttons wait. */
    public javafx.beans.binding.BooleanExpression busy() { return tasks.busy(); }
}
