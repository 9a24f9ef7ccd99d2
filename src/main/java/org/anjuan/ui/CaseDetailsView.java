package org.anjuan.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;

/** The details pane (CaseDetails.fxml): the selected case's particulars; its materials are in Materials.fxml. */
public final class CaseDetailsView {

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
    @FXML private Label detailExpiry;

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
        detailExpiry.textProperty().bind(viewModel.expiryProperty());
    }
}
