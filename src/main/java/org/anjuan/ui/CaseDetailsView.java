package org.anjuan.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import org.anjuan.i18n.Messages;

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
    @FXML private Button handoverButton;
    @FXML private Label detailLocked;
    @FXML private Button supplementButton;
    @FXML private Button avRecordsButton;
    @FXML private Label detailExpiry;
    @FXML private Label detailLinks;
    @FXML private Button linkRedoneButton;

    private final CaseDetailsViewModel viewModel;
    private final Runnable openHandover;
    private final Messages messages;

    CaseDetailsView(CaseDetailsViewModel viewModel, Runnable openHandover, Messages messages) {
        this.viewModel = viewModel;
        this.openHandover = openHandover;
        this.messages = messages;
    }

    /** 关联原案…: asks for the revoked original's case id or archive number (第九条), then links in the background. */
    @FXML
    private void linkRedone() {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(linkRedoneButton.getScene().getWindow());
        ask.setTitle(messages.text("details.redo.title"));
        ask.setHeaderText(messages.text("details.redo.header"));
        ask.setContentText(messages.text("details.redo.prompt"));
        ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(viewModel::linkRedone);
    }

    /** 移交验收…: the selected case's handover and acceptance check. */
    @FXML
    private void openHandover() {
        openHandover.run();
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
        detailLinks.textProperty().bind(viewModel.linksProperty());
        linkRedoneButton.disableProperty().bind(viewModel.avRecordsDisabledProperty());
        detailLocked.textProperty().bind(viewModel.lockProperty());
        supplementButton.visibleProperty().bind(viewModel.lockedProperty());
        supplementButton.managedProperty().bind(viewModel.lockedProperty());
        avRecordsButton.disableProperty().bind(viewModel.avRecordsDisabledProperty());
    }

    @FXML
    private void openSupplement() {
        viewModel.requestSupplement();
    }

    @FXML
    private void openAvRecords() {
        viewModel.openAvRecords();
    }
}
