package org.anjuan.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anjuan.domain.ArchiveBox;
import org.anjuan.domain.BoxFilling;
import org.anjuan.domain.BoxPlan;
import org.anjuan.domain.PlannedBox;
import org.anjuan.i18n.Messages;

/**
 * 装盒…: the boxing plan for the unboxed bound volumes (of a year and category, if the clerk narrows it), shown
 * box by box before anything is saved; 按方案装盒 saves exactly the plan shown, or nothing if the register has
 * moved on meanwhile (the refusal says so and the plan is made again).
 */
public final class BoxPlanViewModel {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Failures failures;
    private BoxDesk desk;
    private BoxPlan plan;

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final StringProperty year = new SimpleStringProperty(this, "year", "");
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final ObservableList<PlannedBox> boxes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final BooleanExpression canApply;

    public BoxPlanViewModel(BackgroundTasks tasks, Messages messages, ErrorReporter errors) {
        this.tasks = tasks;
        this.messages = messages;
        this.failures = new Failures(messages, errors);
        this.canApply = working.not().and(Bindings.isNotEmpty(boxes));
    }

    void connect(BoxDesk boxDesk) {
        this.desk = boxDesk;
    }

    /** Opens the dialog with the plan for every unboxed volume, or the year and category last asked for. */
    public void open() {
        if (desk == null) {
            return;
        }
        outcome.set("");
        showing.set(true);
        replan();
    }

    public void close() {
        showing.set(false);
    }

    /** Makes the plan again for the year and category in the fields. */
    public void replan() {
        BoxDesk d = desk;
        String y = year.get() == null ? "" : year.get().strip();
        if (d == null || working.get()) {
            return;
        }
        if (!y.isEmpty() && !y.matches("\\d{4}")) {
            outcome.set(messages.text("boxPlan.year.invalid", y));
            return;
        }
        String c = category.get() == null || category.get().isBlank() ? null : category.get().strip();
        working.set(true);
        summary.set(messages.text("boxPlan.planning"));
        tasks.run(() -> d.plan(y.isEmpty() ? null : Integer.valueOf(y), c), this::show, e -> {
            working.set(false);
            show(null);
            outcome.set(failures.explain(e));
        });
    }

    /** 按方案装盒: saves the boxes shown, with their numbers and spine widths. */
    public void apply() {
        BoxDesk d = desk;
        BoxPlan shown = plan;
        if (d == null || shown == null || !canApply.get()) {
            return;
        }
        working.set(true);
        tasks.run(() -> d.apply(shown), (List<ArchiveBox> saved) -> {
            working.set(false);
            String first = saved.get(0).code().text();
            String last = saved.get(saved.size() - 1).code().text();
            outcome.set(messages.text("boxPlan.applied", saved.size(),
                    saved.size() == 1 ? first : messages.text("boxPlan.range", first, last)));
            replan();
        }, e -> {
            working.set(false);
            outcome.set(failures.report("boxPlan.apply.failed", e, "boxPlan.apply.failed"));
            replan();
        });
    }

    private void show(BoxPlan made) {
        working.set(false);
        plan = made;
        boxes.setAll(made == null ? List.of() : made.boxes());
        if (made == null || made.isEmpty()) {
            summary.set(made == null ? "" : messages.text("boxPlan.none"));
            return;
        }
        BoxFilling f = made.filling();
        summary.set(messages.text("boxPlan.summary", made.volumeCount(), made.boxes().size(),
                BoxFilling.plain(f.sheetMm()), messages.text(f.duplex() ? "boxPlan.duplex" : "boxPlan.simplex"),
                BoxFilling.plain(f.coverMm()), BoxFilling.plain(f.marginMm()), made.oversize().size()));
    }

    /** 起止卷号 of a planned box: one number, or the first 至 the last. */
    public String range(PlannedBox b) {
        return b.volumes().size() == 1 ? b.first().archiveNumber()
                : messages.text("boxPlan.range", b.first().archiveNumber(), b.last().archiveNumber());
    }

    /** What the 备注 column says: a volume too thick for the widest box. */
    public String note(PlannedBox b) {
        return b.oversize() ? messages.text("boxPlan.oversize") : "";
    }

    public ObservableList<PlannedBox> boxes() {
        return boxes;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** Off while planning or saving, and when there is nothing to box. */
    public BooleanExpression canApply() {
        return canApply;
    }
}
