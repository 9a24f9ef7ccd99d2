package org.anjuan.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.anjuan.i18n.Messages;

/**
 * The materials panel (Materials.fxml): the case's materials in filing order, rows dragged to reorder them, the
 * selected material's pages as thumbnails, and 装订… which opens the {@link BindDialog} once the plan is ready.
 */
public final class MaterialsView {

    static final String FLAGGED = "flagged";
    private static final String WARNING = "warning";

    @FXML private VBox materialsPane;
    @FXML private Label materialSummary;
    @FXML private Label lockedNote;
    @FXML private ProgressIndicator prepareIndicator;
    @FXML private Label prepareLabel;
    @FXML private Button standardOrderButton;
    @FXML private Button bindButton;
    @FXML private Button printCaseButton;
    @FXML private TableView<MaterialRow> materialTable;
    @FXML private TableColumn<MaterialRow, Integer> seqColumn;
    @FXML private TableColumn<MaterialRow, String> materialTitleColumn;
    @FXML private TableColumn<MaterialRow, String> docNoColumn;
    @FXML private TableColumn<MaterialRow, String> authorColumn;
    @FXML private TableColumn<MaterialRow, String> dateColumn;
    @FXML private TableColumn<MaterialRow, Integer> pagesColumn;
    @FXML private TableColumn<MaterialRow, String> remarkColumn;
    @FXML private TableColumn<MaterialRow, MaterialNotes> notesColumn;
    @FXML private Label pagesHeading;
    @FXML private Label pagesHint;
    @FXML private ProgressIndicator inspectIndicator;
    @FXML private ListView<PageItem> pageStrip;
    @FXML private Label pagesPlaceholder;

    private final MaterialsViewModel viewModel;
    private final BindViewModel binding;
    private final BooleanExpression disabled;
    private final BooleanExpression unprintable;
    private final Runnable printCase;
    private final Messages messages;
    private BindDialog dialog;
    private boolean rowsChanging;

    /**
     * @param disabled    true while the window's commands are off (database not open, work running)
     * @param unprintable true unless the case is bound: 打印表单… opens the print centre for it
     */
    MaterialsView(MaterialsViewModel viewModel, BindViewModel binding, BooleanExpression disabled,
                  BooleanExpression unprintable, Runnable printCase, Messages messages) {
        this.viewModel = viewModel;
        this.binding = binding;
        this.disabled = disabled;
        this.unprintable = unprintable;
        this.printCase = printCase;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        materialSummary.textProperty().bind(viewModel.summaryProperty());
        lockedNote.visibleProperty().bind(viewModel.lockedProperty());
        var noCase = viewModel.caseFileProperty().isNull();
        standardOrderButton.disableProperty().bind(noCase.or(disabled).or(viewModel.lockedProperty()));
        bindButton.disableProperty().bind(noCase.or(disabled).or(viewModel.lockedProperty())
                .or(binding.stepProperty().isNotEqualTo(BindStep.IDLE)));
        // a bound case is not ordered or bound again: its buttons give way to printing its forms
        standardOrderButton.visibleProperty().bind(viewModel.lockedProperty().not());
        bindButton.visibleProperty().bind(viewModel.lockedProperty().not());
        printCaseButton.disableProperty().bind(unprintable);
        printCaseButton.visibleProperty().bind(viewModel.lockedProperty());
        var preparing = binding.stepProperty().isEqualTo(BindStep.PREPARING);
        prepareIndicator.visibleProperty().bind(preparing);
        prepareIndicator.progressProperty().bind(binding.progressProperty());
        prepareLabel.visibleProperty().bind(preparing);
        prepareLabel.textProperty().bind(binding.progressTextProperty());
        bindTable();
        bindPages();
        binding.stepProperty().addListener((obs, old, step) -> {
            if (step == BindStep.PLANNED && old == BindStep.PREPARING) {
                openDialog();
            }
        });
    }

    private void bindTable() {
        Cells.value(seqColumn, MaterialRow::seq);
        Cells.text(materialTitleColumn, MaterialRow::title);
        Cells.text(docNoColumn, MaterialRow::docNo);
        Cells.text(authorColumn, MaterialRow::author);
        Cells.value(dateColumn, MaterialRow::date);
        Cells.value(pagesColumn, MaterialRow::pages);
        Cells.text(remarkColumn, MaterialRow::remark);
        Cells.value(notesColumn, MaterialRow::notes);
        notesColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(MaterialNotes notes, boolean empty) {
                super.updateItem(notes, empty);
                getStyleClass().remove(WARNING);
                boolean none = empty || notes == null || notes.text().isEmpty();
                setText(none ? null : notes.text());
                setTooltip(none ? null : new Tooltip(notes.detail()));
                if (!none && notes.warning()) {
                    getStyleClass().add(WARNING);
                }
            }
        });
        MaterialDrag.install(materialTable, viewModel, FLAGGED);
        materialTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // the view model's selection is the one that counts: while the rows are replaced (a reorder, a reread,
        // a scan inspected) the table's own selection moves about and is not passed on, then set back
        viewModel.rows().addListener((ListChangeListener<MaterialRow>) change -> rowsChanging = true);
        materialTable.setItems(viewModel.rows());
        viewModel.rows().addListener((ListChangeListener<MaterialRow>) change -> {
            rowsChanging = false;
            select(viewModel.selectedProperty().get());
        });
        materialTable.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!rowsChanging && index.intValue() >= 0) {
                viewModel.selectedProperty().set(index.intValue());
            }
        });
        viewModel.selectedProperty().addListener((obs, old, index) -> select(index.intValue()));
    }

    private void select(int index) {
        if (index < 0) {
            materialTable.getSelectionModel().clearSelection();
        } else if (materialTable.getSelectionModel().getSelectedIndex() != index && index < materialTable.getItems().size()) {
            materialTable.getSelectionModel().clearAndSelect(index);
            materialTable.scrollTo(Math.max(0, index - 2));
        }
    }

    private void bindPages() {
        pagesHeading.textProperty().bind(viewModel.pagesHeadingProperty());
        pagesHint.visibleProperty().bind(viewModel.lockedProperty().not().and(Bindings.isNotEmpty(viewModel.pages())));
        inspectIndicator.visibleProperty().bind(viewModel.inspectingProperty());
        pagesPlaceholder.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selectedProperty().get() < 0
                ? messages.text("pages.none") : messages.text("pages.empty"), viewModel.selectedProperty()));
        ThumbnailCache cache = new ThumbnailCache();
        pageStrip.setCellFactory(list -> new PageCell(viewModel, cache, messages));
        pageStrip.setItems(viewModel.pages());
    }

    /** 按标准顺序排列. */
    @FXML
    private void standardOrder() {
        viewModel.applyStandardOrder();
    }

    /** 装订…: plan first; the dialog opens when the plan is ready. */
    @FXML
    private void bind() {
        var c = viewModel.caseFileProperty().get();
        if (c != null) {
            binding.prepare(c.id());
        }
    }

    /** 打印表单…: the print centre with this case's volumes ticked. */
    @FXML
    private void printCase() {
        printCase.run();
    }

    private void openDialog() {
        if (dialog == null) {
            dialog = BindDialog.create(binding, messages, materialsPane.getScene().getWindow());
        }
        dialog.show();
    }
}
