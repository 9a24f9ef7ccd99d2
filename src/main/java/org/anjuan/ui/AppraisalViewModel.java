package org.anjuan.ui;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anjuan.i18n.Messages;

/**
 * 到期鉴定: the archived files whose retention period ends by a day (today when opened), or within some days
 * after it, soonest first. Changing the day or the days reads the list again.
 */
public final class AppraisalViewModel {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Failures failures;
    private final DateText dates;
    private final Supplier<LocalDate> today;
    private CaseRegister register;

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final IntegerProperty within = new SimpleIntegerProperty(this, "within", 0);
    private final ObservableList<AppraisalRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    /** Bumped by every read: a list read for an older choice is not shown. */
    private long generation;

    public AppraisalViewModel(BackgroundTasks tasks, Messages messages, ErrorReporter errors,
                              Supplier<LocalDate> today) {
        this.tasks = tasks;
        this.messages = messages;
        this.failures = new Failures(messages, errors);
        this.dates = new DateText(messages);
        this.today = today;
        asOf.addListener((obs, old, day) -> reload());
        within.addListener((obs, old, days) -> reload());
    }

    void connect(CaseRegister register) {
        this.register = register;
    }

    /** Opens the list as of today. */
    public void open() {
        if (register == null) {
            return;
        }
        showing.set(true);
        if (today.get().equals(asOf.get())) {
            reload();
        } else {
            asOf.set(today.get());
        }
    }

    public void close() {
        showing.set(false);
    }

    private void reload() {
        LocalDate day = asOf.get();
        if (!showing.get() || day == null) {
            return;
        }
        int days = Math.max(0, within.get());
        long mine = ++generation;
        summary.set(messages.text("appraisal.loading"));
        tasks.run(() -> register.dueForAppraisal(day, days), list -> {
            if (mine != generation) {
                return;
            }
            rows.setAll(list.stream().map(f -> AppraisalRow.of(f, messages, dates)).toList());
            String until = dates.format(day.plusDays(days));
            summary.set(list.isEmpty() ? messages.text("appraisal.none", until)
                    : messages.text("appraisal.count", list.size(), until));
        }, e -> {
            if (mine == generation) {
                rows.clear();
                summary.set(failures.report("appraisal.loadFailed", e, "appraisal.loadFailed"));
            }
        });
    }

    public ReadOnlyBooleanProperty showingProperty() { return showing.getReadOnlyProperty(); }

    /** The day the periods are checked against. */
    public ObjectProperty<LocalDate> asOfProperty() { return asOf; }

    /** Days after {@link #asOfProperty()} to look ahead; 0 for files already due. */
    public IntegerProperty withinProperty() { return within; }

    public ObservableList<AppraisalRow> rows() { return rows; }

    /** "共 3 卷保管期限于 2024年1月5日 前届满，应组织鉴定。" or that there are none. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
}
