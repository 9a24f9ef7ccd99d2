package org.anjuan.ui;

import java.awt.image.BufferedImage;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.anjuan.app.PrintForm;
import org.anjuan.domain.ArchiveBox;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.i18n.Messages;

/**
 * The print centre's window (PrintCentreDialog.fxml), bound to the {@link PrintCentreViewModel}: the volumes or
 * boxes with tick boxes, the forms, the rendered pages scaled to the pane's width, and the printer bar.
 */
public final class PrintCentreDialog {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    /** Room the scroll bar and the page frames take beside a page. */
    private static final double PAGE_MARGIN = 36;

    @FXML private ToggleButton volumesToggle;
    @FXML private ToggleButton boxesToggle;
    @FXML private VBox volumesPane;
    @FXML private TextField volumeFilter;
    @FXML private TableView<PickRow<BoxableVolume>> volumeTable;
    @FXML private TableColumn<PickRow<BoxableVolume>, Boolean> volumePickColumn;
    @FXML private TableColumn<PickRow<BoxableVolume>, String> volumeNumberColumn;
    @FXML private TableColumn<PickRow<BoxableVolume>, String> volumeTitleColumn;
    @FXML private TableView<PickRow<ArchiveBox>> boxTable;
    @FXML private TableColumn<PickRow<ArchiveBox>, Boolean> boxPickColumn;
    @FXML private TableColumn<PickRow<ArchiveBox>, String> boxCodeColumn;
    @FXML private TableColumn<PickRow<ArchiveBox>, String> boxCategoryColumn;
    @FXML private TableColumn<PickRow<ArchiveBox>, String> boxRangeColumn;
    @FXML private TableColumn<PickRow<ArchiveBox>, String> boxSpineColumn;
    @FXML private Label pickedSummary;
    @FXML private VBox formChecks;
    @FXML private ProgressIndicator previewIndicator;
    @FXML private Label pageCountLabel;
    @FXML private ScrollPane previewScroll;
    @FXML private VBox previewPages;
    @FXML private Label previewNote;
    @FXML private Label printOutcome;
    @FXML private ComboBox<String> printerChoice;
    @FXML private Spinner<Integer> copiesSpinner;
    @FXML private HBox offsetsBox;
    @FXML private Spinner<Double> offsetXSpinner;
    @FXML private Spinner<Double> offsetYSpinner;
    @FXML private Button printButton;
    @FXML private Button saveButton;

    private final PrintCentreViewModel viewModel;
    private final Messages messages;
    private final PrintCentreText text;
    // the spinners' values are bound both ways to these: kept here, or the bindings would be collected
    private ObjectProperty<Integer> copies;
    private ObjectProperty<Double> offsetX;
    private ObjectProperty<Double> offsetY;
    private Stage stage;

    private PrintCentreDialog(PrintCentreViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.text = new PrintCentreText(messages);
    }

    /** Builds the print centre's window over {@code owner}; it shows and hides itself with the view model. */
    static PrintCentreDialog create(PrintCentreViewModel viewModel, Messages messages, Window owner) {
        PrintCentreDialog dialog = new PrintCentreDialog(viewModel, messages);
        Stage stage = DialogStage.following(dialog, "PrintCentreDialog.fxml", messages, owner, "printCentre.title",
                viewModel.showingProperty(), viewModel::close);
        stage.setMinWidth(960);
        stage.setMinHeight(560);
        dialog.stage = stage;
        return dialog;
    }

    void show() {
        DialogStage.bringUp(stage);
    }

    @FXML
    private void initialize() {
        bindTarget();
        bindVolumes();
        bindBoxes();
        bindForms();
        bindPreview();
        bindPrinterBar();
    }

    private void bindTarget() {
        ToggleGroup group = new ToggleGroup();
        volumesToggle.setToggleGroup(group);
        boxesToggle.setToggleGroup(group);
        showTarget(viewModel.targetProperty().get());
        viewModel.targetProperty().addListener((obs, old, target) -> showTarget(target));
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                viewModel.targetProperty().set(toggle == boxesToggle ? PrintCentreViewModel.Target.BOXES
                        : PrintCentreViewModel.Target.VOLUMES);
            }
        });
        pickedSummary.textProperty().bind(viewModel.pickedSummary());
    }

    private void showTarget(PrintCentreViewModel.Target target) {
        boolean boxes = target == PrintCentreViewModel.Target.BOXES;
        boxesToggle.setSelected(boxes);
        volumesToggle.setSelected(!boxes);
        boxTable.setVisible(boxes);
        volumesPane.setVisible(!boxes);
    }

    private void bindVolumes() {
        volumeFilter.textProperty().bindBidirectional(viewModel.volumeFilterProperty());
        pickColumn(volumeTable, volumePickColumn);
        Cells.text(volumeNumberColumn, row -> row.item().archiveNumber());
        Cells.text(volumeTitleColumn, row -> row.item().caseTitle());
        volumeTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        volumeTable.setItems(viewModel.shownVolumes());
    }

    private void bindBoxes() {
        pickColumn(boxTable, boxPickColumn);
        Cells.text(boxCodeColumn, row -> row.item().code().text());
        Cells.text(boxCategoryColumn, row -> row.item().category());
        Cells.text(boxRangeColumn, row -> text.boxRange(row.item()));
        Cells.text(boxSpineColumn, row -> text.spine(row.item()));
        boxTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        boxTable.setItems(viewModel.boxes());
    }

    /**
     * The tick column; rows may also be selected together (Shift, Ctrl) and ticked or cleared at once with the
     * space bar.
     */
    private static <T> void pickColumn(TableView<PickRow<T>> table, TableColumn<PickRow<T>, Boolean> column) {
        column.setCellValueFactory(c -> c.getValue().pickedProperty());
        column.setCellFactory(CheckBoxTableCell.forTableColumn(column));
        column.setEditable(true);
        column.getStyleClass().add("pick-column");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setOnKeyPressed(e -> {
            var selected = table.getSelectionModel().getSelectedItems();
            if (e.getCode() == KeyCode.SPACE && !selected.isEmpty()) {
                boolean pick = !selected.get(0).picked();
                selected.forEach(row -> row.pickedProperty().set(pick));
                e.consume();
            }
        });
    }

    private void bindForms() {
        showForms();
        viewModel.forms().addListener((ListChangeListener<PickRow<PrintForm>>) change -> showForms());
    }

    private void showForms() {
        formChecks.getChildren().forEach(node -> ((CheckBox) node).selectedProperty().unbind());
        formChecks.getChildren().setAll(viewModel.forms().stream().map(row -> {
            CheckBox check = new CheckBox(row.item().title());
            check.setId("form-" + row.item().cliName());
            check.setSelected(row.picked());
            check.selectedProperty().bindBidirectional(row.pickedProperty());
            return check;
        }).toList());
    }

    private void bindPreview() {
        previewIndicator.visibleProperty().bind(viewModel.working());
        pageCountLabel.textProperty().bind(viewModel.pageCountProperty());
        previewNote.textProperty().bind(viewModel.previewNoteProperty());
        previewNote.visibleProperty().bind(viewModel.previewNoteProperty().isNotEmpty());
        previewPages.opacityProperty().bind(Bindings.when(viewModel.working())
                .then(0.55).otherwise(1.0));
        viewModel.pages().addListener((ListChangeListener<BufferedImage>) change -> showPages());
    }

    /** Each page in a white frame, the whole page in view; the pane scrolls down through them. */
    private void showPages() {
        previewPages.getChildren().setAll(viewModel.pages().stream().map(page -> {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
            view.getStyleClass().add("preview-page");
            view.setPreserveRatio(true);
            view.setSmooth(true);
            // the whole page in view, as wide as the pane lets it be: the next one is a scroll away
            double aspect = (double) page.getWidth() / page.getHeight();
            view.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> {
                Bounds pane = previewScroll.getViewportBounds();
                double byHeight = (pane.getHeight() - PAGE_MARGIN) * aspect;
                return Math.max(120, Math.min(pane.getWidth() - PAGE_MARGIN, byHeight));
            }, previewScroll.viewportBoundsProperty()));
            StackPane frame = new StackPane(view);
            frame.getStyleClass().add("page-frame");
            frame.setMaxWidth(StackPane.USE_PREF_SIZE);
            return frame;
        }).toList());
        previewScroll.setVvalue(0);
    }

    private void bindPrinterBar() {
        printerChoice.setItems(viewModel.printers());
        printerChoice.valueProperty().bindBidirectional(viewModel.printerProperty());
        copiesSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                FxPrintQuestions.MOST_COPIES, 1));
        copies = viewModel.copiesProperty().asObject();
        copiesSpinner.getValueFactory().valueProperty().bindBidirectional(copies);
        offsetX = offsetSpinner(offsetXSpinner, viewModel.offsetXProperty().asObject());
        offsetY = offsetSpinner(offsetYSpinner, viewModel.offsetYProperty().asObject());
        offsetsBox.disableProperty().bind(viewModel.offsetsApplyProperty().not());
        Tooltip.install(offsetsBox, new Tooltip(messages.text("printCentre.offsets.tip")));
        commitTyping(copiesSpinner);
        printButton.disableProperty().bind(viewModel.canOutput().not());
        saveButton.disableProperty().bind(viewModel.canOutput().not());
        printOutcome.textProperty().bind(viewModel.outcomeProperty());
        printOutcome.visibleProperty().bind(viewModel.outcomeProperty().isNotEmpty());
        viewModel.failedProperty().addListener((obs, old, failed) -> printOutcome.pseudoClassStateChanged(FAILED,
                failed));
    }

    /** Calibration in half millimetres, at most 20 mm either way: a printer's feed is off by a few at most. */
    private static ObjectProperty<Double> offsetSpinner(Spinner<Double> spinner, ObjectProperty<Double> value) {
        spinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(-20, 20, 0, 0.5));
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        commitTyping(spinner);
        return value;
    }

    /** A spinner takes what is typed only on Enter; take it when the clerk moves on, too. */
    private static <T> void commitTyping(Spinner<T> spinner) {
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                try {
                    spinner.getValueFactory().setValue(spinner.getValueFactory().getConverter()
                            .fromString(spinner.getEditor().getText()));
                } catch (RuntimeException e) {
                    spinner.getEditor().setText(spinner.getValueFactory().getConverter()
                            .toString(spinner.getValue()));
                }
            }
        });
    }

    @FXML
    private void print() {
        viewModel.print();
    }

    @FXML
    private void saveAs() {
        viewModel.saveAs();
    }

    @FXML
    private void close() {
        viewModel.close();
    }
}
