package org.anjuan.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The details pane (CaseDetails.fxml): the selected case's particulars and its ordered materials. */
public final class CaseDetailsView {

    static final String FLAGGED = "flagged";

    @FXML private Label detailsPlaceholder;
    @FXML private SplitPane detailsContent;
    @FXML private Label detailTitle;
    @FXML private Label detailCategory;
    @FXML private Label detailParties;
    @FXML private Label detailHandling;
    @FXML private Label detailDates;
    @FXML private Label detailFlags;
    @FXML private Label detailSecrecy;
    @FXML private Label detailRetention;
    @FXML private Label detailNumbers;
    @FXML private Label materialSummary;
    @FXML private TableView<MaterialRow> materialTable;
    @FXML private TableColumn<MaterialRow, Integer> seqColumn;
    @FXML private TableColumn<MaterialRow, String> materialTitleColumn;
    @FXML private TableColumn<MaterialRow, String> docNoColumn;
    @FXML private TableColumn<MaterialRow, String> authorColumn;
    @FXML private TableColumn<MaterialRow, String> dateColumn;
    @FXML private TableColumn<MaterialRow, Integer> pagesColumn;
    @FXML private TableColumn<MaterialRow, String> remarkColumn;

    private final CaseDetailsViewModel viewModel;

    CaseDetailsView(CaseDetailsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        detailsContent.visibleProperty().bind(viewModel.shownProperty());
        detailsPlaceholder.visibleProperty().bind(viewModel.shownProperty().not());
        detailTitle.textProperty().bind(viewModel.titleProperty());
        detailCategory.textProperty().bind(viewModel.categoryProperty());
        detailParties.textProperty().bind(viewModel.partiesProperty());
        detailHandling.textProperty().bind(viewModel.handlingProperty());
        detailDates.textProperty().bind(viewModel.datesProperty());
        detailFlags.textProperty().bind(viewModel.flagsProperty());
        detailSecrecy.textProperty().bind(viewModel.secrecyProperty());
        detailRetention.textProperty().bind(viewModel.retentionProperty());
        detailNumbers.textProperty().bind(viewModel.numbersProperty());
        materialSummary.textProperty().bind(viewModel.materialSummaryProperty());

        Cells.value(seqColumn, MaterialRow::seq);
        Cells.text(materialTitleColumn, MaterialRow::title);
        Cells.text(docNoColumn, MaterialRow::docNo);
        Cells.text(authorColumn, MaterialRow::author);
        Cells.value(dateColumn, MaterialRow::date);
        Cells.value(pagesColumn, MaterialRow::pages);
        Cells.text(remarkColumn, MaterialRow::remark);
        Cells.markRows(materialTable, FLAGGED, MaterialRow::flagged);
        materialTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        materialTable.setItems(viewModel.materials());
    }
}
