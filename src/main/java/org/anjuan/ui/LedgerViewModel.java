package org.anjuan.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerQuery;
import org.anjuan.i18n.Messages;

/**
 * The 档案利用登记 window: the register's entries found by person, file, date range and overdue, the 新登记 form,
 * the open entry with its steps, a scan field whose covers go to the form while it shows and otherwise open the
 * volume's open entry for its return, the .xlsx export and the printed register.
 */
public final class LedgerViewModel {

    /** Which side the clerk has in front: the new entry form, or the entry picked in the list. */
    public enum Side { FORM, ENTRY }

    private final LedgerWork work;
    private final Messages messages;
    private final PrintQuestions printQuestions;
    private final LedgerFormViewModel form;
    private final LedgerEntryViewModel entry;
    private final ObservableList<LedgerEntryRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<LedgerEntryRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<LedgerKind> kindFilter = new SimpleObjectProperty<>(this, "kindFilter");
    private final StringProperty person = new SimpleStringProperty(this, "person", "");
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(this, "overdueOnly");
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side", Side.FORM);
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final StringExpression count;
    private LedgerQuestions questions;
    /** The day the list was last read, by the desk's clock: what 逾期 is counted against. */
    private LocalDate today = LocalDate.now();
    private Runnable onChanged = () -> { };

    public LedgerViewModel(BackgroundTasks tasks, Messages messages, ErrorReporter errors,
                           PrintQuestions printQuestions) {
        this.work = new LedgerWork(tasks, messages, errors);
        this.messages = messages;
        this.printQuestions = printQuestions;
        this.form = new LedgerFormViewModel(work, messages);
        this.entry = new LedgerEntryViewModel(work, messages);
        form.setOnRegistered(e -> {
            put(e);
            side.set(Side.ENTRY);
            onChanged.run();
        });
        entry.setOnChanged(e -> {
            put(e);
            onChanged.run();
        });
        selected.addListener((obs, old, row) -> {
            entry.show(row == null ? null : row.entry());
            if (row != null) {
                side.set(Side.ENTRY);
            }
        });
        count = Bindings.createStringBinding(() -> messages.text("ledger.ui.count", rows.size(),
                rows.stream().filter(LedgerEntryRow::overdue).count()), rows);
    }

    void connect(LedgerDesk desk) {
        work.connect(desk);
    }

    /** The window's answers: the file chooser for the export and the visitor's screen. */
    public void setQuestions(LedgerQuestions questions) {
        this.questions = questions;
        entry.setQuestions(questions);
    }

    /** Runs after anything in the register changed, so the main window can count the overdue entries again. */
    void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /** Opens the window with every entry, newest last; {@code overdue} opens it on the overdue ones. */
    public void open(boolean overdue) {
        if (!work.connected()) {
            return;
        }
        overdueOnly.set(overdue);
        showing.set(true);
        work.say("");
        search();
    }

    /** 查询: the entries matching the filters; a date range the wrong way round is refused in Chinese. */
    public void search() {
        LedgerQuery query;
        try {
            query = query();
        } catch (AnjuanException e) {
            work.refuse(messages.text(e));
            return;
        }
        Long keep = selected.get() == null ? null : selected.get().id();
        work.run(d -> new Found(d.search(query), d.today()), found -> {
            today = found.today();
            rows.setAll(found.entries().stream().map(e -> LedgerEntryRow.of(e, found.today())).toList());
            selected.set(rows.stream().filter(r -> Objects.equals(r.id(), keep)).findFirst().orElse(null));
        });
    }

    private record Found(List<LedgerEntry> entries, LocalDate today) {
    }

    LedgerQuery query() {
        return new LedgerQuery(kindFilter.get(), person.get(), file.get(), from.get(), to.get(), overdueOnly.get());
    }

    /** 新登记: the empty form. */
    public void newEntry() {
        selected.set(null);
        side.set(Side.FORM);
        work.say("");
    }

    /**
     * A cover scanned (or a number typed into the scan field): while the form shows, the volume joins the form;
     * otherwise the open entry holding it opens, ready for its return.
     */
    public void scanned(String code) {
        if (side.get() == Side.FORM) {
            form.addFile(code);
            return;
        }
        work.run(d -> new Hit(d.findForReturn(code), d.today()), hit -> {
            today = hit.today();
            LedgerEntryRow row = put(hit.found().entry());
            selected.set(row);
            entry.startReturn(hit.found());
            work.say(entry.expectedText());
        });
    }

    private record Hit(org.anjuan.app.ScannedReturn found, LocalDate today) {
    }

    /** 导出 Excel…: the entries the filters show, one row per volume. */
    public void export() {
        if (questions == null) {
            return;
        }
        LedgerQuery query;
        try {
            query = query();
        } catch (AnjuanException e) {
            work.refuse(messages.text(e));
            return;
        }
        Optional<Path> out = questions.exportFile(messages.text("ledger.ui.export.fileName"));
        out.ifPresent(p -> work.run(d -> d.export(query, p),
                n -> work.say(messages.text("ledger.ui.export.done", n, p.toString()))));
    }

    /** 打印登记簿: the register of one kind, with the filters' entries, to a printer the clerk picks. */
    public void print(LedgerKind kind) {
        LedgerQuery query = safeQuery();
        if (query == null) {
            return;
        }
        work.run(d -> new Printers(d.printers(), d.defaultPrinter().orElse(null)), p -> {
            Optional<PrintQuestions.PrinterChoice> choice = printQuestions.printer(
                    new PrintQuestions.PrinterChoice(p.proposed(), 1), p.names(),
                    messages.text("ledger.ui.print.what", kind.label()));
            choice.ifPresent(c -> work.run(d -> {
                byte[] pdf = d.print(kind, query);
                d.sendToPrinter(pdf, c.printer(), messages.text("ledger.ui.print.job", kind.label()), c.copies());
                return c;
            }, done -> work.say(messages.text("ledger.ui.print.sent", kind.label(),
                    done.printer() == null ? messages.text("ledger.ui.print.defaultPrinter") : done.printer()))));
        });
    }

    private record Printers(List<String> names, String proposed) {
    }

    /** 保存为 PDF: the register of one kind, as the printer would get it. */
    public void savePdf(LedgerKind kind) {
        LedgerQuery query = safeQuery();
        if (query == null) {
            return;
        }
        printQuestions.pdfFile(messages.text("ledger.ui.print.fileName", kind.label()))
                .ifPresent(p -> work.run(d -> d.savePrint(kind, query, p),
                        pages -> work.say(messages.text("ledger.ui.print.saved", kind.label(), pages, p.toString()))));
    }

    private LedgerQuery safeQuery() {
        try {
            return query();
        } catch (AnjuanException e) {
            work.refuse(messages.text(e));
            return null;
        }
    }

    public void close() {
        entry.cancelReturn();
        showing.set(false);
    }

    /** Replaces the entry's row (or adds it at the end) and keeps it selected when it was. */
    private LedgerEntryRow put(LedgerEntry e) {
        LedgerEntryRow row = LedgerEntryRow.of(e, today);
        boolean wasSelected = selected.get() != null && selected.get().id() == e.id();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == e.id()) {
                rows.set(i, row);
                if (wasSelected) {
                    selected.set(row);
                }
                return row;
            }
        }
        rows.add(row);
        if (side.get() == Side.ENTRY || wasSelected || selected.get() == null) {
            selected.set(row);
        }
        return row;
    }

    public LedgerFormViewModel form() { return form; }

    public LedgerEntryViewModel entry() { return entry; }

    public ObservableList<LedgerEntryRow> rows() { return rows; }

    public ObjectProperty<LedgerEntryRow> selectedProperty() { return selected; }

    /** Null: both registers. */
    public ObjectProperty<LedgerKind> kindFilterProperty() { return kindFilter; }

    public StringProperty personProperty() { return person; }

    public StringProperty fileProperty() { return file; }

    public ObjectProperty<LocalDate> fromProperty() { return from; }

    public ObjectProperty<LocalDate> toProperty() { return to; }

    public BooleanProperty overdueOnlyProperty() { return overdueOnly; }

    public ObjectProperty<Side> sideProperty() { return side; }

    public ReadOnlyBooleanProperty showingProperty() { return showing.getReadOnlyProperty(); }

    /** What just happened, or why the register refused it. */
    public ReadOnlyStringProperty messageProperty() { return work.messageProperty(); }

    /** True when {@link #messageProperty()} is a refusal (shown in red). */
    public ReadOnlyBooleanProperty refusedProperty() { return work.refusedProperty(); }

    /** 共 12 条登记，逾期 1 条 */
    public StringExpression count() { return count; }
}
