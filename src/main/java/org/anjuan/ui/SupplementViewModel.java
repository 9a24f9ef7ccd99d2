package org.anjuan.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.anjuan.domain.Addition;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.Correction;
import org.anjuan.domain.Supplement;
import org.anjuan.i18n.Messages;

/**
 * The 增补/补正… dialog of a bound case (第九条): an addition with its approver, approval date and reason, or a
 * correction with what was wrong and what was done. Missing fields are refused in the dialog, in Chinese,
 * before anything is sent; the application checks again.
 */
public final class SupplementViewModel {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanProperty addition = new SimpleBooleanProperty(this, "addition", true);
    private final StringProperty approver = new SimpleStringProperty(this, "approver", "");
    private final ObjectProperty<LocalDate> approvedOn = new SimpleObjectProperty<>(this, "approvedOn");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty pages = new SimpleStringProperty(this, "pages", "");
    private final StringProperty wrong = new SimpleStringProperty(this, "wrong", "");
    private final StringProperty done = new SimpleStringProperty(this, "done", "");
    private SupplementDesk desk;
    private long caseId;
    private Runnable onRecorded = () -> { };

    public SupplementViewModel(BackgroundTasks tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Opens the dialog empty for a bound case; the approval date starts at today. */
    public void openFor(SupplementDesk desk, long caseId, String caseTitle, LocalDate today) {
        this.desk = desk;
        this.caseId = caseId;
        heading.set(messages.text("supplement.dialog.heading", caseTitle));
        for (StringProperty p : new StringProperty[] {approver, reason, title, pages, wrong, done}) {
            p.set("");
        }
        approvedOn.set(today);
        addition.set(true);
        problem.set("");
        showing.set(true);
    }

    /** 确定: records the supplement, or says in the dialog what is missing. */
    public void submit() {
        try {
            if (addition.get()) {
                Addition a = new Addition(title.get(), pageCount(), null, approver.get(),
                        approvedOn.get() == null ? null : LocalDateTime.of(approvedOn.get(), LocalTime.MIN),
                        reason.get());
                send(() -> desk.add(caseId, a));
            } else {
                Correction c = new Correction(wrong.get(), done.get());
                send(() -> desk.correct(caseId, c));
            }
        } catch (AnjuanException e) {
            problem.set(messages.text(e));
        }
    }

    public void cancel() {
        showing.set(false);
    }

    /** Runs after a supplement is recorded (the window rereads the case). */
    public void setOnRecorded(Runnable onRecorded) {
        this.onRecorded = onRecorded;
    }

    private void send(java.util.concurrent.Callable<Supplement> work) {
        problem.set("");
        tasks.run(work, s -> {
            showing.set(false);
            onRecorded.run();
        }, e -> problem.set(e instanceof AnjuanException a ? messages.text(a) : String.valueOf(e.getMessage())));
    }

    private int pageCount() {
        String text = pages.get() == null ? "" : pages.get().strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new AnjuanException("supplement.add.pages", text);
        }
    }

    public ReadOnlyBooleanProperty showingProperty() { return showing.getReadOnlyProperty(); }

    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }

    /** Why the last 确定 was refused, in the clerk's language; empty when nothing is wrong. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /** True for 增补 (needs approval), false for 补正. */
    public BooleanProperty additionProperty() { return addition; }

    public StringProperty approverProperty() { return approver; }

    public ObjectProperty<LocalDate> approvedOnProperty() { return approvedOn; }

    public StringProperty reasonProperty() { return reason; }

    public StringProperty titleProperty() { return title; }

    public StringProperty pagesProperty() { return pages; }

    public StringProperty wrongProperty() { return wrong; }

    public StringProperty doneProperty() { return done; }
}
