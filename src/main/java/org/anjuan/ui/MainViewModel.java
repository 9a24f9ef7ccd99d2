package org.anjuan.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.IssuedNumber;
import org.anjuan.domain.RedoneCase;
import org.anjuan.i18n.Messages;

/**
 * The main window's state and commands: the case register filtered by the search text, the selected case's
 * details, a status line, and the import and refresh commands. All reading and writing goes through
 * {@link BackgroundTasks}; failures go to the {@link ErrorReporter} in the clerk's language.
 */
public final class MainViewModel {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Failures failures;
    private final Supplier<LocalDate> today;
    private final CaseDetailsViewModel details;
    private final MaterialsViewModel materials;
    private final BindViewModel binding;
    private final PrintCentreViewModel printCentre;
    private final AuditCheckViewModel auditCheck;
    private final BoxPlanViewModel boxPlan;
    private final HandoverViewModel handover;
    private final SupplementViewModel supplement;
    private final AvRecordsViewModel avRecords;
    private final AppraisalViewModel appraisal;
    private final BackupViewModel backup;
    private final LedgerViewModel ledger;
    /** Lending and consultation entries out past their due date, counted when the register opens and after each change. */
    private final javafx.beans.property.IntegerProperty ledgerOverdue =
            new javafx.beans.property.SimpleIntegerProperty(this, "ledgerOverdue");
    private final StringExpression ledgerOverdueNotice;
    private final ObjectProperty<CaseRegister> backend = new SimpleObjectProperty<>(this, "backend");
    private final ObservableList<RegisterRow> rows = FXCollections.observableArrayList();
    private final FilteredList<RegisterRow> register = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<RegisterRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final StringExpression count;
    private final StringExpression placeholder;
    private final StringExpression overdueNotice;
    private final BooleanExpression commandsDisabled;
    private final BooleanExpression caseUnprintable;
    /** The archive numbers (not voided) of the case whose details are shown: its bound volumes. */
    private final ObservableList<String> caseNumbers = FXCollections.observableArrayList();

    public MainViewModel(BackgroundTasks tasks, Messages messages, ErrorReporter errors, PrintQuestions questions,
                         Supplier<LocalDate> today) {
        this(tasks, tasks, messages, errors, questions, today);
    }

    /**
     * @param pictures where inspections and thumbnails run: quiet work that does not count as the window being
     *                 busy, so the commands stay usable while a case's pages are drawn
     * @param questions how the print centre asks for a printer or a file: dialogs in the window, answers in tests
     */
    public MainViewModel(BackgroundTasks tasks, BackgroundTasks pictures, Messages messages, ErrorReporter errors,
                         PrintQuestions questions, Supplier<LocalDate> today) {
        this.tasks = tasks;
        this.messages = messages;
        this.failures = new Failures(messages, errors);
        this.today = today;
        this.details = new CaseDetailsViewModel(messages);
        this.materials = new MaterialsViewModel(tasks, pictures, messages, errors);
        this.binding = new BindViewModel(tasks, messages, errors);
        this.printCentre = new PrintCentreViewModel(tasks, messages, errors, questions);
        this.auditCheck = new AuditCheckViewModel(tasks, messages, errors);
        this.boxPlan = new BoxPlanViewModel(tasks, messages, errors);
        this.appraisal = new AppraisalViewModel(tasks, messages, errors, today);
        this.ledger = new LedgerViewModel(tasks, messages, errors, questions);
        ledger.setOnChanged(this::countLedgerOverdue);
        ledgerOverdueNotice = Bindings.createStringBinding(() -> ledgerOverdue.get() == 0 ? ""
                : messages.text("ledger.ui.main.overdue", ledgerOverdue.get()), ledgerOverdue);
        binding.setOnBound(this::refresh);
        materials.setOnStale(this::refresh);
        auditCheck.statusProperty().addListener((obs, old, news) -> status.set(news));
        this.handover = new HandoverViewModel(tasks, messages, errors);
        handover.setOnDecided(this::refresh);
        this.supplement = new SupplementViewModel(tasks, messages);
        supplement.setOnRecorded(this::refresh);
        details.setOnSupplement(this::openSupplement);
        this.avRecords = new AvRecordsViewModel(tasks, messages, errors);
        details.setOnAvRecords(this::openAvRecords);
        details.setOnLinkRedone(this::linkRedone);
        this.backup = new BackupViewModel(tasks, messages, errors);
        backup.statusProperty().addListener((obs, old, news) -> status.set(news));
        // the panel's news (moved, marked, refused) goes to the window's status line
        materials.statusProperty().addListener((obs, old, news) -> {
            if (!news.isEmpty()) {
                status.set(news);
            }
        });
        register.predicateProperty().bind(Bindings.createObjectBinding(
                () -> row -> row.summary().matches(search.get()), search));
        count = Bindings.createStringBinding(() -> register.size() == rows.size()
                ? messages.text("register.count", rows.size())
                : messages.text("register.count.filtered", register.size(), rows.size()), register, rows);
        placeholder = Bindings.createStringBinding(() -> backend.get() == null ? ""
                : rows.isEmpty() ? messages.text("register.empty")
                : messages.text("register.noMatch", search.get().strip()), backend, rows, search);
        // counted over the whole register, whatever the search shows
        overdueNotice = Bindings.createStringBinding(() -> {
            long late = rows.stream().filter(RegisterRow::overdue).count();
            return late == 0 ? "" : messages.text("main.overdue.notice", late);
        }, rows);
        commandsDisabled = backend.isNull().or(tasks.busy());
        caseUnprintable = commandsDisabled.or(Bindings.isEmpty(caseNumbers));
        selected.addListener((obs, old, row) -> loadDetails(row));
        details.avRecordsDisabledProperty().bind(commandsDisabled.or(selected.isNull()));
    }

    /** Opens the application layer in the background; until then the commands stay disabled. */
    public void connect(Callable<CaseRegister> opener) {
        status.set(messages.text("main.status.opening"));
        tasks.run(opener, b -> {
            backend.set(b);
            materials.connect(b.binding());
            binding.connect(b.binding());
            printCentre.connect(b.printing());
            auditCheck.connect(b.audit());
            boxPlan.connect(b.boxing());
            avRecords.connect(b.avRecords());
            appraisal.connect(b);
            if (b.ledger() != null) {
                ledger.connect(b.ledger());
            }
            reload(null, messages.text("main.status.ready"));
        }, e -> status.set(failures.report("dialog.openFailed.header", e, "main.status.notOpen")));
    }

    /** Lets go of the register before its database is replaced (a restore): the window shows none until reconnected. */
    public void disconnect() {
        backend.set(null);
        selected.set(null);
        rows.clear();
    }

    /** 工具 → 备份数据库… and 恢复数据库…; also works when the register could not be opened. */
    public BackupViewModel backup() {
        return backup;
    }

    /** 打印中心…: the print centre with nothing ticked. */
    public void openPrintCentre() {
        if (!commandsDisabled.get()) {
            printCentre.open();
        }
    }

    /** 装盒…: the boxing plan for every unboxed bound volume. */
    public void openBoxPlan() {
        if (!commandsDisabled.get()) {
            boxPlan.open();
        }
    }

    /** 打印本案表单…: the print centre with the selected case's volumes ticked. */
    public void printSelectedCase() {
        if (!caseUnprintable.get()) {
            printCentre.openFor(List.copyOf(caseNumbers));
        }
    }

    /** 核验审计日志…: walks the audit chain in the background; the finding is shown in a dialog. */
    public void verifyAudit() {
        if (!commandsDisabled.get()) {
            auditCheck.verify();
        }
    }

    /** 移交验收…: the handover and acceptance check of the selected case. */
    public void openHandover() {
        RegisterRow row = selected.get();
        CaseRegister b = backend.get();
        if (row != null && b != null && !commandsDisabled.get()) {
            handover.open(b.handovers(), row.id(), row.summary().title(), row.summary().department(),
                    row.summary().officer());
        }
    }

    /** 增补/补正… of the selected bound case (第九条). */
    public void openSupplement() {
        RegisterRow row = selected.get();
        if (row != null && backend.get() != null && !commandsDisabled.get()) {
            supplement.openFor(backend.get().supplements(), row.id(), row.summary().title(), today.get());
        }
    }

    public SupplementViewModel supplement() {
        return supplement;
    }

    /**
     * 关联原案…: records that the selected case makes anew the revoked decision of {@code original} (a case id or
     * archive number, 第九条); the details then show the link. A refusal (unknown case, a circle) is shown.
     */
    public void linkRedone(String original) {
        RegisterRow row = selected.get();
        CaseRegister b = backend.get();
        if (row == null || b == null || commandsDisabled.get()) {
            return;
        }
        tasks.run(() -> b.linkRedone(row.id(), original), (RedoneCase link) -> reload(row.id(),
                        messages.text("details.redo.linked", link.redoneId(), link.redoneTitle(), link.originalId(),
                                link.originalTitle())),
                e -> status.set(failures.report("details.redo.failed", e, "details.redo.failed")));
    }

    /** 音像资料…: the selected case's audio/video and electronic records. */
    public void openAvRecords() {
        RegisterRow row = selected.get();
        if (row != null && !commandsDisabled.get()) {
            avRecords.open(row.id(), row.summary().title());
        }
    }

    public AvRecordsViewModel avRecords() {
        return avRecords;
    }

    /** 到期鉴定…: the archived files whose retention period has ended, as of today. */
    public void openAppraisal() {
        if (!commandsDisabled.get()) {
            appraisal.open();
        }
    }

    /** 档案利用登记…: the lending and consultation register; {@code overdue} opens it on the overdue entries. */
    public void openLedger(boolean overdue) {
        if (backend.get() != null && backend.get().ledger() != null) {
            ledger.open(overdue);
        }
    }

    public LedgerViewModel ledger() {
        return ledger;
    }

    /** "2 条借阅、查阅登记逾期未还" while entries are out past their due date; else empty. */
    public StringExpression ledgerOverdueNotice() {
        return ledgerOverdueNotice;
    }

    private void countLedgerOverdue() {
        CaseRegister b = backend.get();
        if (b == null || b.ledger() == null) {
            return;
        }
        LedgerDesk desk = b.ledger();
        tasks.run(() -> desk.overdue().size(), ledgerOverdue::set,
                e -> status.set(failures.report("ledger.ui.loadFailed", e, "ledger.ui.loadFailed")));
    }

    /** Reads the register again, keeping the selected case selected. */
    public void refresh() {
        RegisterRow row = selected.get();
        reload(row == null ? null : row.id(), messages.text("main.status.ready"));
    }

    /** Imports a case folder; on success the register is reread and the new case selected. */
    public void importFolder(Path caseDir) {
        CaseRegister b = backend.get();
        if (b == null) {
            return;
        }
        Path name = caseDir.getFileName();
        status.set(messages.text("main.status.importing", name == null ? caseDir : name));
        tasks.run(() -> b.importFolder(caseDir), (CaseFile c) -> reload(c.id(),
                        messages.text("main.status.imported", c.title(), c.materials().size())),
                e -> status.set(failures.report("dialog.importFailed.header", e, "dialog.importFailed.header")));
    }

    private void reload(Long selectId, String doneStatus) {
        countLedgerOverdue();
        CaseRegister b = backend.get();
        if (b == null) {
            return;
        }
        status.set(messages.text("main.status.loading"));
        tasks.run(b::summaries, list -> {
            LocalDate day = today.get();
            rows.setAll(list.stream().map(s -> RegisterRow.of(s, day)).toList());
            RegisterRow before = selected.get();
            RegisterRow after = rows.stream().filter(r -> Objects.equals(r.id(), selectId)).findFirst().orElse(null);
            selected.set(after);
            if (after != null && after.equals(before)) {
                loadDetails(after); // same row value: no change event, but the case may have changed
            }
            status.set(doneStatus);
        }, e -> status.set(failures.report("dialog.loadFailed.header", e, "dialog.loadFailed.header")));
    }

    private void loadDetails(RegisterRow row) {
        CaseRegister b = backend.get();
        caseNumbers.clear();
        if (row == null || b == null) {
            details.clear();
            materials.clear();
            return;
        }
        tasks.run(() -> b.details(row.id()), d -> {
            RegisterRow now = selected.get();
            if (now != null && now.id() == row.id()) {
                details.show(d, today.get());
                caseNumbers.setAll(d.numbers().stream().filter(n -> !n.voided()).map(IssuedNumber::text).toList());
                materials.show(d.file(), d.numbers().stream().anyMatch(n -> !n.voided()));
            }
        }, e -> status.set(failures.report("dialog.loadFailed.header", e, "dialog.loadFailed.header")));
    }

    /** The register as filtered by {@link #searchProperty()}; the view sorts it. */
    public ObservableList<RegisterRow> register() {
        return register;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The case whose details are shown; the view keeps it in step with the table's selection. */
    public ObjectProperty<RegisterRow> selectedProperty() {
        return selected;
    }

    public CaseDetailsViewModel details() {
        return details;
    }

    public MaterialsViewModel materials() {
        return materials;
    }

    public BindViewModel binding() {
        return binding;
    }

    public PrintCentreViewModel printCentre() {
        return printCentre;
    }

    public AuditCheckViewModel auditCheck() {
        return auditCheck;
    }

    public BoxPlanViewModel boxPlan() {
        return boxPlan;
    }

    public HandoverViewModel handover() {
        return handover;
    }

    public AppraisalViewModel appraisal() {
        return appraisal;
    }

    /** "2 件案卷已超过归档期限" while unbound cases are past their filing deadline (第四条); else empty. */
    public StringExpression overdueNotice() {
        return overdueNotice;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "共 3 件案件" or, while searching, "显示 1 / 3 件案件". */
    public StringExpression count() {
        return count;
    }

    /** What the empty register table says: nothing yet while opening, "no cases", or "nothing matches". */
    public StringExpression placeholder() {
        return placeholder;
    }

    public BooleanExpression busy() {
        return tasks.busy();
    }

    /** Import and refresh are off until the database is open and while work is running. */
    public BooleanExpression commandsDisabled() {
        return commandsDisabled;
    }

    /** 打印本案表单… is off unless the selected case has archive numbers, i.e. is bound. */
    public BooleanExpression caseUnprintable() {
        return caseUnprintable;
    }
}
