package org.anjuan.ui;

import javafx.beans.binding.BooleanExpression;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.anjuan.domain.HandoverStatus;
import org.anjuan.i18n.Messages;

/** The 移交验收 window (HandoverDialog.fxml), bound to the {@link HandoverViewModel}. */
public final class HandoverDialog {

    @FXML private Label handoverCaseTitle;
    @FXML private Label handoverStatus;
    @FXML private TextField departmentField;
    @FXML private TextField personField;
    @FXML private Button receiveButton;
    @FXML private VBox findingsBox;
    @FXML private TextField itemField;
    @FXML private Button checkButton;
    @FXML private TextArea reasonArea;
    @FXML private Label handoverMessage;
    @FXML private Button acceptButton;
    @FXML private Button returnButton;

    private final HandoverViewModel viewModel;
    private final Messages messages;
    private Stage stage;

    private HandoverDialog(HandoverViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    /** Builds the window over {@code owner}; it hides itself when the view model closes. */
    static HandoverDialog create(HandoverViewModel viewModel, Messages messages, Window owner) {
        HandoverDialog dialog = new HandoverDialog(viewModel, messages);
        Stage stage = DialogStage.following(dialog, "HandoverDialog.fxml", messages, owner, "handover.dialog.title",
                viewModel.showingProperty(), viewModel::close);
        dialog.stage = stage;
        return dialog;
    }

    void show() {
        DialogStage.bringUp(stage);
    }

    @FXML
    private void initialize() {
        handoverCaseTitle.textProperty().bind(viewModel.caseTitleProperty());
        handoverStatus.textProperty().bind(viewModel.statusTextProperty());
        handoverMessage.textProperty().bind(viewModel.messageProperty());
        departmentField.textProperty().bindBidirectional(viewModel.departmentProperty());
        personField.textProperty().bindBidirectional(viewModel.personProperty());
        itemField.textProperty().bindBidirectional(viewModel.newItemProperty());
        reasonArea.textProperty().bindBidirectional(viewModel.reasonsProperty());
        BooleanExpression busy = viewModel.busy();
        var status = viewModel.statusProperty();
        BooleanExpression pending = BooleanExpression.booleanExpression(status.isEqualTo(HandoverStatus.PENDING));
        BooleanExpression receivable = BooleanExpression.booleanExpression(status.isEqualTo(HandoverStatus.NOT_HANDED_OVER)
                .or(status.isEqualTo(HandoverStatus.RETURNED)));
        receiveButton.disableProperty().bind(busy.or(receivable.not()));
        departmentField.disableProperty().bind(receivable.not());
        personField.disableProperty().bind(receivable.not());
        for (var pendingOnly : new javafx.scene.Node[] {checkButton, itemField, reasonArea, acceptButton, returnButton}) {
            pendingOnly.disableProperty().bind(busy.or(pending.not()));
        }
        viewModel.findings().addListener((ListChangeListener<FindingRow>) c -> showFindings());
        showFindings();
    }

    /** One line per finding: a tick box to let it through and the note that says why, each with its own id. */
    private void showFindings() {
        findingsBox.getChildren().clear();
        if (viewModel.findings().isEmpty()) {
            Label none = new Label(messages.text("handover.dialog.noFindings"));
            none.setId("noFindingsLabel");
            findingsBox.getChildren().add(none);
            return;
        }
        boolean editable = viewModel.statusProperty().get() == HandoverStatus.PENDING;
        for (FindingRow row : viewModel.findings()) {
            CheckBox waive = new CheckBox(row.no() + ". " + row.text());
            waive.setId("waive" + row.no());
            waive.setWrapText(true);
            waive.setMaxWidth(Double.MAX_VALUE);
            waive.selectedProperty().bindBidirectional(row.waivedProperty());
            TextField note = new TextField();
            note.setId("note" + row.no());
            note.setPromptText(messages.text("handover.dialog.notePrompt"));
            note.setPrefColumnCount(14);
            note.setMinWidth(Region.USE_PREF_SIZE);
            note.textProperty().bindBidirectional(row.noteProperty());
            note.disableProperty().bind(waive.selectedProperty().not());
            waive.setDisable(!editable);
            note.setEditable(editable);
            HBox line = new HBox(8, waive, note);
            line.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(waive, Priority.ALWAYS);
            findingsBox.getChildren().add(line);
        }
    }

    @FXML
    private void receive() {
        viewModel.receive();
    }

    @FXML
    private void check() {
        viewModel.check();
    }

    @FXML
    private void accept() {
        viewModel.accept();
    }

    @FXML
    private void returnFile() {
        viewModel.returnFile();
    }

    @FXML
    private void close() {
        viewModel.close();
    }
}
