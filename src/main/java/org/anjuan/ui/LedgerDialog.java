package org.anjuan.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.anjuan.domain.ChineseDate;
import org.anjuan.domain.LedgerFile;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerVolume;
import org.anjuan.domain.VisitorCategory;
import org.anjuan.i18n.Messages;

/**
 * The 档案利用登记 window (LedgerDialog.fxml), bound to the {@link LedgerViewModel}. A window of its own beside
 * the main one, since the clerk keeps it open at the desk all day. Scans reach it through the scan field, or as
 * a fast burst typed while no text field has the focus ({@link WedgeScanner}).
 */
public final class LedgerDialog {

    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    @FXML private TextField ledgerScanField;
    @FXML private Button ledgerNewButton;
    @FXML private Button ledgerExportButton;
    @FXML private MenuButton ledgerPrintButton;
    @FXML private ComboBox<LedgerKind> ledgerKindFilter;
    @FXML private TextField ledgerPersonFilter;
    @FXML private TextField ledgerFileFilter;
    @FXML private DatePicker ledgerFromFilter;
    @FXML private DatePicker ledgerToFilter;
    @FXML private CheckBox ledgerOverdueFilter;
    @FXML private TableView<LedgerEntryRow> ledgerTable;
    @FXML private TableColumn<LedgerEntryRow, String> ledgerNumberColumn;
    @FXML private TableColumn<LedgerEntryRow, String> ledgerRegisteredColumn;
    @FXML private TableColumn<LedgerEntryRow, String> ledgerPersonColumn;
    @FXML private TableColumn<LedgerEntryRow, String> ledgerFilesColumn;
    @FXML private TableColumn<LedgerEntryRow, String> ledgerStatusColumn;
    @FXML private TableColumn<LedgerEntryRow, String> ledgerDueColumn;
    @FXML private Label ledgerCount;
    @FXML private ScrollPane ledgerFormPane;
    @FXML private ScrollPane ledgerEntryPane;
    @FXML private ToggleGroup ledgerKindGroup;
    @FXML private RadioButton ledgerKindConsult;
    @FXML private RadioButton ledgerKindLend;
    @FXML private ComboBox<VisitorCategory> ledgerCategory;
    @FXML private TextField ledgerName;
    @FXML private TextField ledgerUnit;
    @FXML private ComboBox<String> ledgerIdType;
    @FXML private TextField ledgerIdNumber;
    @FXML private TextField ledgerPhone;
    @FXML private TextField ledgerFormFile;
    @FXML private Button ledgerFormRemoveFile;
    @FXML private ListView<LedgerVolume> ledgerFormFiles;
    @FXML private TextField ledgerPurpose;
    @FXML private TextField ledgerCopyPages;
    @FXML private TextField ledgerCopyPurpose;
    @FXML private Label ledgerFormLawyerLabel;
    @FXML private HBox ledgerFormLawyer;
    @FXML private CheckBox ledgerFormAuthorisation;
    @FXML private CheckBox ledgerFormFirmLetter;
    @FXML private CheckBox ledgerFormLicence;
    @FXML private TextField ledgerRemarks;
    @FXML private Label ledgerEntryHeading;
    @FXML private GridPane ledgerEntryDetails;
    @FXML private ListView<LedgerFile> ledgerEntryFiles;
    @FXML private HBox ledgerEntryFileBar;
    @FXML private TextField ledgerEntryFile;
    @FXML private VBox ledgerBlockerBox;
    @FXML private Label ledgerBlockers;
    @FXML private HBox ledgerApproveBar;
    @FXML private TextField ledgerApprover;
    @FXML private HBox ledgerCopyBar;
    @FXML private TextField ledgerCopyApprover;
    @FXML private HBox ledgerCredentialsBar;
    @FXML private CheckBox ledgerAuthorisation;
    @FXML private CheckBox ledgerFirmLetter;
    @FXML private CheckBox ledgerLicence;
    @FXML private HBox ledgerScopeBar;
    @FXML private TextField ledgerScopeBy;
    @FXML private TextField ledgerScopeBasis;
    @FXML private Button ledgerSignButton;
    @FXML private VBox ledgerSignatureBox;
    @FXML private ImageView ledgerSignature;
    @FXML private VBox ledgerReturnBox;
    @FXML private Label ledgerReturnExpected;
    @FXML private TextField ledgerReturnCount;
    @FXML private TextField ledgerReturnCondition;
    @FXML private Label ledgerReturnMismatch;
    @FXML private Button ledgerReturnButton;
    @FXML private Label ledgerMessage;

    private final LedgerViewModel viewModel;
    private final Messages messages;
    private final LedgerText text;
    private Stage stage;

    private LedgerDialog(LedgerViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.text = new LedgerText(messages);
    }

    static LedgerDialog create(LedgerViewModel viewModel, Messages messages, Window owner) {
        LedgerDialog dialog = new LedgerDialog(viewModel, messages);
        // not modal: the ledger stays open beside the case register all day
        Stage stage = DialogStage.follow(DialogStage.window(dialog, "LedgerDialog.fxml", messages, owner,
                "ledger.ui.title"), viewModel.showingProperty(), viewModel::close);
        Scene scene = stage.getScene();
        scene.getStylesheets().add(Objects.requireNonNull(LedgerDialog.class.getResource("ledger.css"))
                .toExternalForm());
        fitScreen(stage, scene.getRoot());
        WedgeScanner.attach(scene, viewModel::scanned);
        viewModel.setQuestions(new FxLedgerQuestions(stage, messages));
        dialog.stage = stage;
        return dialog;
    }

    /** Never larger than the screen it opens on (a small office monitor, 1280 × 800 or less). */
    private static void fitScreen(Stage stage, Parent root) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double w = Math.min(root.prefWidth(-1), screen.getWidth());
        double h = Math.min(root.prefHeight(-1), screen.getHeight());
        stage.setWidth(w);
        stage.setHeight(h);
        stage.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    @FXML
    private void initialize() {
        WedgeScanner.field(ledgerScanField, viewModel::scanned);
        bindFilters();
        bindTable();
        bindForm();
        bindEntry();
        bindReturn();
        ledgerMessage.textProperty().bind(viewModel.messageProperty());
        viewModel.refusedProperty().addListener((obs, old, refused) ->
                ledgerMessage.pseudoClassStateChanged(REFUSED, refused));
        ledgerMessage.getStyleClass().add("ledger-message");
        ledgerFormPane.visibleProperty().bind(viewModel.sideProperty().isEqualTo(LedgerViewModel.Side.FORM));
        ledgerEntryPane.visibleProperty().bind(ledgerFormPane.visibleProperty().not());
    }

    private void bindFilters() {
        ledgerKindFilter.getItems().setAll(java.util.Arrays.asList(null, LedgerKind.CONSULTATION,
                LedgerKind.LENDING));
        ledgerKindFilter.setConverter(labels(k -> k == null ? messages.text("ledger.ui.filter.all") : k.label()));
        ledgerKindFilter.valueProperty().bindBidirectional(viewModel.kindFilterProperty());
        ledgerKindFilter.setOnAction(e -> viewModel.search());
        ledgerPersonFilter.textProperty().bindBidirectional(viewModel.personProperty());
        ledgerFileFilter.textProperty().bindBidirectional(viewModel.fileProperty());
        ledgerFromFilter.valueProperty().bindBidirectional(viewModel.fromProperty());
        ledgerToFilter.valueProperty().bindBidirectional(viewModel.toProperty());
        ledgerOverdueFilter.selectedProperty().bindBidirectional(viewModel.overdueOnlyProperty());
        ledgerOverdueFilter.setOnAction(e -> viewModel.search());
        BooleanExpression empty = Bindings.isEmpty(viewModel.rows());
        ledgerExportButton.disableProperty().bind(empty);
        ledgerPrintButton.disableProperty().bind(empty);
    }

    private void bindTable() {
        Cells.text(ledgerNumberColumn, LedgerEntryRow::number);
        Cells.text(ledgerRegisteredColumn, r -> ChineseDate.time(r.entry().registeredAt()));
        Cells.text(ledgerPersonColumn, r -> r.entry().visitor().name());
        Cells.text(ledgerFilesColumn, LedgerEntryRow::files);
        Cells.text(ledgerStatusColumn, text::status);
        Cells.text(ledgerDueColumn, r -> ChineseDate.day(r.entry().dueDate()));
        Cells.markRows(ledgerTable, RegisterColumns.OVERDUE, LedgerEntryRow::overdue);
        ledgerTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        ledgerTable.setItems(viewModel.rows());
        ledgerTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row == null) {
                ledgerTable.getSelectionModel().clearSelection();
            } else if (!row.equals(ledgerTable.getSelectionModel().getSelectedItem())) {
                ledgerTable.getSelectionModel().select(row);
                ledgerTable.scrollTo(row);
            }
        });
        ledgerCount.textProperty().bind(viewModel.count());
    }

    private void bindForm() {
        LedgerFormViewModel form = viewModel.form();
        ledgerKindConsult.setUserData(LedgerKind.CONSULTATION);
        ledgerKindLend.setUserData(LedgerKind.LENDING);
        ledgerKindGroup.selectToggle(ledgerKindConsult);
        ledgerKindGroup.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t != null) {
                form.kindProperty().set((LedgerKind) t.getUserData());
            }
        });
        form.kindProperty().addListener((obs, old, k) ->
                ledgerKindGroup.selectToggle(k == LedgerKind.LENDING ? ledgerKindLend : ledgerKindConsult));
        ledgerCategory.getItems().setAll(VisitorCategory.values());
        ledgerCategory.setConverter(labels(c -> c == null ? "" : c.label()));
        ledgerCategory.valueProperty().bindBidirectional(form.categoryProperty());
        ledgerName.textProperty().bindBidirectional(form.nameProperty());
        ledgerUnit.textProperty().bindBidirectional(form.unitProperty());
        ledgerIdType.getItems().setAll(List.of(messages.text("ledger.ui.idTypes").split("、")));
        ledgerIdType.valueProperty().bindBidirectional(form.idTypeProperty());
        ledgerIdNumber.textProperty().bindBidirectional(form.idNumberProperty());
        ledgerPhone.textProperty().bindBidirectional(form.phoneProperty());
        ledgerFormFile.textProperty().bindBidirectional(form.fileInputProperty());
        ledgerFormFile.setOnAction(e -> form.addTypedFile());
        ledgerFormFiles.setItems(form.files());
        ledgerFormFiles.setCellFactory(l -> textCell(l, text::volume));
        ledgerFormRemoveFile.disableProperty().bind(ledgerFormFiles.getSelectionModel().selectedItemProperty()
                .isNull());
        ledgerPurpose.textProperty().bindBidirectional(form.purposeProperty());
        ledgerCopyPages.textProperty().bindBidirectional(form.copyPagesProperty());
        ledgerCopyPurpose.textProperty().bindBidirectional(form.copyPurposeProperty());
        showWhen(form.lawyer(), ledgerFormLawyer, ledgerFormLawyerLabel);
        ledgerFormAuthorisation.selectedProperty().bindBidirectional(form.authorisationProperty());
        ledgerFormFirmLetter.selectedProperty().bindBidirectional(form.firmLetterProperty());
        ledgerFormLicence.selectedProperty().bindBidirectional(form.licenceProperty());
        ledgerRemarks.textProperty().bindBidirectional(form.remarksProperty());
    }

    private void bindEntry() {
        LedgerEntryViewModel entry = viewModel.entry();
        ledgerEntryHeading.textProperty().bind(Bindings.createStringBinding(() -> {
            var e = entry.entryProperty().get();
            return e == null ? messages.text("ledger.ui.entry.none") : messages.text("ledger.ui.entry.heading",
                    e.kind().label(), e.seq(), e.visitor().name(), e.status().label());
        }, entry.entryProperty()));
        entry.details().addListener((javafx.collections.ListChangeListener<SigningSheet.Line>) c -> details());
        ledgerEntryFiles.setItems(entry.files());
        ledgerEntryFiles.setCellFactory(l -> textCell(l, text::file));
        ledgerEntryFile.textProperty().bindBidirectional(entry.fileInputProperty());
        ledgerEntryFile.setOnAction(e -> entry.addFile());
        showWhen(entry.editable(), ledgerEntryFileBar, ledgerApproveBar, ledgerSignButton);
        showWhen(entry.editable().and(Bindings.isNotEmpty(entry.blockers())), ledgerBlockerBox);
        ledgerBlockers.textProperty().bind(Bindings.createStringBinding(() -> entry.blockers().stream()
                .map(b -> "• " + b).reduce((a, b) -> a + "\n" + b).orElse(""), entry.blockers()));
        ledgerApprover.textProperty().bindBidirectional(entry.approverProperty());
        ledgerApprover.setOnAction(e -> entry.approve());
        showWhen(entry.editable().and(entry.copyAsked()), ledgerCopyBar);
        ledgerCopyApprover.textProperty().bindBidirectional(entry.copyApproverProperty());
        showWhen(entry.editable().and(entry.lawyer()), ledgerCredentialsBar);
        ledgerAuthorisation.selectedProperty().bindBidirectional(entry.authorisationProperty());
        ledgerFirmLetter.selectedProperty().bindBidirectional(entry.firmLetterProperty());
        ledgerLicence.selectedProperty().bindBidirectional(entry.licenceProperty());
        showWhen(entry.editable().and(entry.restricted()), ledgerScopeBar);
        ledgerScopeBy.textProperty().bindBidirectional(entry.scopeByProperty());
        ledgerScopeBasis.textProperty().bindBidirectional(entry.scopeBasisProperty());
        ledgerSignButton.disableProperty().bind(entry.signDisabled());
        showWhen(entry.signatureProperty().isNotNull(), ledgerSignatureBox);
        ledgerSignature.imageProperty().bind(Bindings.createObjectBinding(() -> {
            byte[] png = entry.signatureProperty().get();
            return png == null ? null : new Image(new ByteArrayInputStream(png));
        }, entry.signatureProperty()));
    }

    private void bindReturn() {
        LedgerEntryViewModel entry = viewModel.entry();
        showWhen(entry.returningProperty().isNotNull(), ledgerReturnBox);
        ledgerReturnExpected.textProperty().bind(Bindings.createStringBinding(entry::expectedText,
                entry.returningProperty()));
        ledgerReturnCount.textProperty().bindBidirectional(entry.returnCountProperty());
        ledgerReturnCondition.textProperty().bindBidirectional(entry.returnConditionProperty());
        showWhen(entry.countDiffers(), ledgerReturnMismatch);
        ledgerReturnButton.disableProperty().bind(entry.returnDisabled());
        ledgerReturnCount.setOnAction(e -> entry.confirmReturn());
        ledgerReturnCondition.setOnAction(e -> entry.confirmReturn());
        // the scanned volume's count is what the clerk types next
        entry.returningProperty().addListener((obs, old, hit) -> {
            if (hit != null) {
                ledgerEntryPane.setVvalue(0);
                javafx.application.Platform.runLater(ledgerReturnCount::requestFocus);
            }
        });
    }

    private void details() {
        ledgerEntryDetails.getChildren().clear();
        int row = 0;
        for (SigningSheet.Line line : viewModel.entry().details()) {
            Label name = new Label(line.name());
            name.getStyleClass().add("field-name");
            Label value = new Label(line.value());
            value.setWrapText(true);
            ledgerEntryDetails.addRow(row++, name, value);
        }
    }

    private static void showWhen(BooleanExpression condition, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(condition);
            n.managedProperty().bind(condition);
        }
    }

    /** A list cell that wraps its text to the list's width, so a volume's long title shows whole. */
    private static <T> ListCell<T> textCell(ListView<T> list, java.util.function.Function<T, String> words) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : words.apply(item));
            }
        };
        cell.setWrapText(true);
        cell.prefWidthProperty().bind(list.widthProperty().subtract(20));
        cell.setMaxWidth(Region.USE_PREF_SIZE);
        return cell;
    }

    private static <T> StringConverter<T> labels(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @FXML private void newEntry() { viewModel.newEntry(); }

    @FXML private void search() { viewModel.search(); }

    @FXML private void export() { viewModel.export(); }

    @FXML private void printConsultation() { viewModel.print(LedgerKind.CONSULTATION); }

    @FXML private void printLending() { viewModel.print(LedgerKind.LENDING); }

    @FXML private void pdfConsultation() { viewModel.savePdf(LedgerKind.CONSULTATION); }

    @FXML private void pdfLending() { viewModel.savePdf(LedgerKind.LENDING); }

    @FXML private void addFormFile() { viewModel.form().addTypedFile(); }

    @FXML
    private void removeFormFile() {
        viewModel.form().removeFile(ledgerFormFiles.getSelectionModel().getSelectedItem());
    }

    @FXML private void register() { viewModel.form().register(); }

    @FXML private void clearForm() { viewModel.form().clear(); }

    @FXML private void addEntryFile() { viewModel.entry().addFile(); }

    @FXML
    private void removeEntryFile() {
        viewModel.entry().removeFile(ledgerEntryFiles.getSelectionModel().getSelectedItem());
    }

    @FXML private void approve() { viewModel.entry().approve(); }

    @FXML private void approveCopy() { viewModel.entry().approveCopy(); }

    @FXML private void recordCredentials() { viewModel.entry().recordCredentials(); }

    @FXML private void grantScope() { viewModel.entry().grantScope(); }

    @FXML private void requestSignature() { viewModel.entry().requestSignature(); }

    @FXML private void confirmReturn() { viewModel.entry().confirmReturn(); }

    @FXML private void cancelReturn() { viewModel.entry().cancelReturn(); }

    @FXML private void close() { viewModel.close(); }
}
