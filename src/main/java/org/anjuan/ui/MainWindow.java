package org.anjuan.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.prefs.Preferences;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.anjuan.i18n.Messages;

/** The main window's view (MainWindow.fxml): binds the controls to the {@link MainViewModel}, nothing more. */
public final class MainWindow {

    private static final String LAST_DIR = "import.lastDir";
    private static final String BACKUP_DIR = "backup.lastDir";

    @FXML private BorderPane mainWindow;
    @FXML private MenuItem importMenuItem;
    @FXML private MenuItem refreshMenuItem;
    @FXML private MenuItem printCentreMenuItem;
    @FXML private MenuItem printCaseMenuItem;
    @FXML private MenuItem verifyAuditMenuItem;
    @FXML private MenuItem backupMenuItem;
    @FXML private MenuItem restoreMenuItem;
    @FXML private MenuItem boxPlanMenuItem;
    @FXML private Button boxPlanButton;
    @FXML private MenuItem appraisalMenuItem;
    @FXML private Button importButton;
    @FXML private Button refreshButton;
    @FXML private Button printCentreButton;
    @FXML private TextField registerSearch;
    @FXML private TableView<RegisterRow> registerTable;
    @FXML private TableColumn<RegisterRow, String> categoryColumn;
    @FXML private TableColumn<RegisterRow, String> titleColumn;
    @FXML private TableColumn<RegisterRow, String> partiesColumn;
    @FXML private TableColumn<RegisterRow, String> departmentColumn;
    @FXML private TableColumn<RegisterRow, LocalDate> openedColumn;
    @FXML private TableColumn<RegisterRow, LocalDate> closedColumn;
    @FXML private TableColumn<RegisterRow, RegisterRow> deadlineColumn;
    @FXML private TableColumn<RegisterRow, String> numbersColumn;
    @FXML private Label registerPlaceholder;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label statusLabel;
    @FXML private Label countLabel;
    @FXML private Label overdueLabel;
    @FXML private MenuItem ledgerMenuItem;
    @FXML private Label ledgerOverdueLabel;

    private final MainViewModel viewModel;
    private final Messages messages;
    private final DateText dates;
    private PrintCentreDialog printCentre;
    private BoxPlanDialog boxPlan;
    private HandoverDialog handover;
    private SupplementDialog supplement;
    private AvRecordsDialog avRecords;
    private AppraisalDialog appraisal;
    private LedgerDialog ledger;

    private MainWindow(MainViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dates = new DateText(messages);
    }

    /** Loads MainWindow.fxml (and the details pane it includes) with the texts of {@code messages}. */
    public static Parent load(MainViewModel viewModel, Messages messages) {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"), messages.bundle());
        loader.setControllerFactory(type -> {
            if (type == MainWindow.class) {
                return new MainWindow(viewModel, messages);
            }
            if (type == CaseDetailsView.class) {
                return new CaseDetailsView(viewModel.details(), viewModel::openHandover, messages);
            }
            if (type == MaterialsView.class) {
                return new MaterialsView(viewModel.materials(), viewModel.binding(), viewModel.commandsDisabled(),
                        viewModel.caseUnprintable(), viewModel::printSelectedCase, messages);
            }
            throw new IllegalArgumentException("no controller " + type);
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FXML
    private void initialize() {
        importButton.disableProperty().bind(viewModel.commandsDisabled());
        refreshButton.disableProperty().bind(viewModel.commandsDisabled());
        importMenuItem.disableProperty().bind(viewModel.commandsDisabled());
        refreshMenuItem.disableProperty().bind(viewModel.commandsDisabled());
        printCentreButton.disableProperty().bind(viewModel.commandsDisabled());
        printCentreMenuItem.disableProperty().bind(viewModel.commandsDisabled());
        printCaseMenuItem.disableProperty().bind(viewModel.caseUnprintable());
        verifyAuditMenuItem.disableProperty().bind(viewModel.commandsDisabled());
        viewModel.auditCheck().findingProperty().addListener((obs, old, finding) -> {
            if (finding != null) {
                AuditDialog.show(finding, messages, mainWindow.getScene().getWindow());
            }
        });
        backupMenuItem.disableProperty().bind(viewModel.commandsDisabled());
        restoreMenuItem.disableProperty().bind(viewModel.busy()); // also when the register would not open
        BackupDialogs.attach(viewModel.backup(), messages, () -> mainWindow.getScene().getWindow());
        boxPlanMenuItem.disableProperty().bind(viewModel.commandsDisabled());
        boxPlanButton.disableProperty().bind(viewModel.commandsDisabled());
        viewModel.boxPlan().showingProperty().addListener((obs, old, showing) -> {
            if (showing) {
                if (boxPlan == null) {
                    boxPlan = BoxPlanDialog.create(viewModel.boxPlan(), messages, mainWindow.getScene().getWindow());
                }
                boxPlan.show();
            }
        });
        viewModel.printCentre().showingProperty().addListener((obs, old, showing) -> {
            if (showing) {
                showPrintCentre();
            }
        });
        viewModel.handover().showingProperty().addListener((obs, old, showing) -> {
            if (showing) {
                showHandover();
            }
        });
        viewModel.supplement().showingProperty().addListener((obs, old, showing) -> {
            if (showing) {
                showSupplement();
            }
        });
        viewModel.avRecords().showingProperty().addListener((obs, old, showing) -> {
            if (showing) {
                showAvRecords();
            }
        });
        registerSearch.textProperty().bindBidirectional(viewModel.searchProperty());
        busyIndicator.visibleProperty().bind(viewModel.busy());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        countLabel.textProperty().bind(viewModel.count());
        overdueLabel.textProperty().bind(viewModel.overdueNotice());
        overdueLabel.visibleProperty().bind(viewModel.overdueNotice().isNotEmpty());
        appraisalMenuItem.disableProperty().bind(viewModel.commandsDisabled());
        viewModel.appraisal().showingProperty().addListener((obs, old, showing) -> {
            if (showing) {
                showAppraisal();
            }
        });
        registerPlaceholder.textProperty().bind(viewModel.placeholder());
        bindLedger();
        bindRegister();
    }

    /** 档案利用登记…, and the overdue loans in the status bar (a click opens them). */
    private void bindLedger() {
        ledgerMenuItem.disableProperty().bind(viewModel.commandsDisabled());
        ledgerOverdueLabel.textProperty().bind(viewModel.ledgerOverdueNotice());
        ledgerOverdueLabel.visibleProperty().bind(viewModel.ledgerOverdueNotice().isNotEmpty());
        ledgerOverdueLabel.setCursor(javafx.scene.Cursor.HAND);
        viewModel.ledger().showingProperty().addListener((obs, old, showing) -> {
            if (showing) {
                if (ledger == null) {
                    ledger = LedgerDialog.create(viewModel.ledger(), messages, mainWindow.getScene().getWindow());
                }
                ledger.show();
            }
        });
    }

    @FXML
    private void openLedger() {
        viewModel.openLedger(false);
        raiseLedger();
    }

    @FXML
    private void openOverdueLedger() {
        viewModel.openLedger(true);
        raiseLedger();
    }

    /** Opening it again while it is open brings it to the front. */
    private void raiseLedger() {
        if (ledger != null && viewModel.ledger().showingProperty().get()) {
            ledger.show();
        }
    }

    private void bindRegister() {
        Cells.value(categoryColumn, row -> row.summary().category().label());
        Cells.text(titleColumn, row -> row.summary().title());
        Cells.text(partiesColumn, row -> row.summary().parties());
        Cells.text(departmentColumn, row -> row.summary().department());
        Cells.date(openedColumn, row -> row.summary().opened(), dates);
        Cells.date(closedColumn, row -> row.summary().closed(), dates);
        RegisterColumns.deadline(deadlineColumn, dates, messages);
        Cells.text(numbersColumn, row -> row.summary().archiveNumbers());
        Cells.markRows(registerTable, RegisterColumns.OVERDUE, RegisterRow::overdue);
        registerTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        SortedList<RegisterRow> sorted = new SortedList<>(viewModel.register());
        sorted.comparatorProperty().bind(registerTable.comparatorProperty());
        registerTable.setItems(sorted);
        registerTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            // a row filtered away clears the details; a row merely replaced by a reread does not
            if (row != null || !viewModel.register().contains(viewModel.selectedProperty().get())) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row == null) {
                registerTable.getSelectionModel().clearSelection();
            } else if (!row.equals(registerTable.getSelectionModel().getSelectedItem())) {
                registerTable.getSelectionModel().select(row);
                registerTable.scrollTo(row);
            }
        });
    }

    /** 导入案件文件夹…: the clerk picks a case folder; the view model imports it in the background. */
    @FXML
    private void importFolder() {
        Preferences prefs = Preferences.userNodeForPackage(MainWindow.class);
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.text("main.chooser.title"));
        String last = prefs.get(LAST_DIR, null);
        if (last != null && new File(last).isDirectory()) {
            chooser.setInitialDirectory(new File(last));
        }
        File dir = chooser.showDialog(mainWindow.getScene().getWindow());
        if (dir != null) {
            prefs.put(LAST_DIR, dir.getParent() == null ? dir.getPath() : dir.getParent());
            viewModel.importFolder(dir.toPath());
        }
    }

    /** 备份数据库…: the clerk names the backup file; the view model writes it in the background. */
    @FXML
    private void backupDatabase() {
        BackupDesk desk = viewModel.backup().desk();
        FileChooser chooser = backupChooser("backup.chooser.save", desk);
        chooser.setInitialFileName(desk.suggestedName());
        File file = chooser.showSaveDialog(mainWindow.getScene().getWindow());
        if (file != null) {
            Preferences.userNodeForPackage(MainWindow.class).put(BACKUP_DIR, file.getParent());
            viewModel.backup().backupTo(file.toPath());
        }
    }

    /** 恢复数据库…: the clerk picks a backup; the view model checks it and asks before replacing anything. */
    @FXML
    private void restoreDatabase() {
        File file = backupChooser("backup.chooser.open", viewModel.backup().desk())
                .showOpenDialog(mainWindow.getScene().getWindow());
        if (file != null) {
            viewModel.backup().restoreFrom(file.toPath());
        }
    }

    private FileChooser backupChooser(String titleKey, BackupDesk desk) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("backup.chooser.filter"),
                "*.zip"));
        String last = Preferences.userNodeForPackage(MainWindow.class).get(BACKUP_DIR, null);
        Path folder = desk.folder();
        File start = last != null ? new File(last) : folder == null ? null : folder.toFile();
        if (start != null && start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        return chooser;
    }

    /** The print centre opens over the main window, built the first time it is needed. */
    private void showPrintCentre() {
        if (printCentre == null) {
            printCentre = PrintCentreDialog.create(viewModel.printCentre(), messages, mainWindow.getScene().getWindow());
        }
        printCentre.show();
    }

    /** The 移交验收 window opens over the main window, built the first time it is needed. */
    private void showHandover() {
        if (handover == null) {
            handover = HandoverDialog.create(viewModel.handover(), messages, mainWindow.getScene().getWindow());
        }
        handover.show();
    }

    /** 增补/补正… opens over the main window, built the first time it is needed. */
    private void showSupplement() {
        if (supplement == null) {
            supplement = SupplementDialog.create(viewModel.supplement(), messages, mainWindow.getScene().getWindow());
        }
        supplement.show();
    }

    /** The 音像资料 dialog opens over the main window, built the first time it is needed. */
    private void showAvRecords() {
        if (avRecords == null) {
            avRecords = AvRecordsDialog.create(viewModel.avRecords(), messages, mainWindow.getScene().getWindow());
        }
        avRecords.show();
    }

    /** 到期鉴定… opens over the main window, built the first time it is needed. */
    private void showAppraisal() {
        if (appraisal == null) {
            appraisal = AppraisalDialog.create(viewModel.appraisal(), messages, mainWindow.getScene().getWindow());
        }
        appraisal.show();
    }

    @FXML
    private void openAppraisal() {
        viewModel.openAppraisal();
    }

    @FXML
    private void openPrintCentre() {
        viewModel.openPrintCentre();
    }

    @FXML
    private void openBoxPlan() {
        viewModel.openBoxPlan();
    }

    @FXML
    private void printCase() {
        viewModel.printSelectedCase();
    }

    @FXML
    private void verifyAudit() {
        viewModel.verifyAudit();
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void quit() {
        mainWindow.getScene().getWindow().hide();
    }
}
