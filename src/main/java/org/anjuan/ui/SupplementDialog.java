package org.anjuan.ui;

import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.anjuan.i18n.Messages;

/** The 增补/补正… window (SupplementDialog.fxml) over the main window; shows and hides with its view model. */
public final class SupplementDialog {

    @FXML private Label supplementHeading;
    @FXML private RadioButton additionChoice;
    @FXML private RadioButton correctionChoice;
    @FXML private GridPane additionFields;
    @FXML private GridPane correctionFields;
    @FXML private TextField approverField;
    @FXML private DatePicker approvedOnPicker;
    @FXML private TextField reasonField;
    @FXML private TextField titleField;
    @FXML private TextField pagesField;
    @FXML private TextArea wrongField;
    @FXML private TextArea doneField;
    @FXML private Label supplementProblem;

    private final SupplementViewModel viewModel;
    private Stage stage;

    private SupplementDialog(SupplementViewModel viewModel) {
        this.viewModel = viewModel;
    }

    static SupplementDialog create(SupplementViewModel viewModel, Messages messages, Window owner) {
        SupplementDialog dialog = new SupplementDialog(viewModel);
        Stage stage = DialogStage.following(dialog, "SupplementDialog.fxml", messages, owner, "supplement.dialog.title.window",
                viewModel.showingProperty(), viewModel::cancel);
        dialog.stage = stage;
        return dialog;
    }

    @FXML
    private void initialize() {
        supplementHeading.textProperty().bind(viewModel.headingProperty());
        supplementProblem.textProperty().bind(viewModel.problemProperty());
        additionChoice.selectedProperty().bindBidirectional(viewModel.additionProperty());
        viewModel.additionProperty().addListener((obs, old, add) -> correctionChoice.setSelected(!add));
        additionFields.visibleProperty().bind(viewModel.additionProperty());
        additionFields.managedProperty().bind(viewModel.additionProperty());
        correctionFields.visibleProperty().bind(viewModel.additionProperty().not());
        correctionFields.managedProperty().bind(viewModel.additionProperty().not());
        approverField.textProperty().bindBidirectional(viewModel.approverProperty());
        approvedOnPicker.valueProperty().bindBidirectional(viewModel.approvedOnProperty());
        reasonField.textProperty().bindBidirectional(viewModel.reasonProperty());
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        pagesField.textProperty().bindBidirectional(viewModel.pagesProperty());
        wrongField.textProperty().bindBidirectional(viewModel.wrongProperty());
        doneField.textProperty().bindBidirectional(viewModel.doneProperty());
    }

    void show() {
        DialogStage.bringUp(stage);
    }

    @FXML
    private void submit() {
        viewModel.submit();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
