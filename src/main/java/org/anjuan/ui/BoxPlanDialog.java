package org.anjuan.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.anjuan.domain.PlannedBox;
import org.anjuan.i18n.Messages;

/** The 装盒 window (BoxPlanDialog.fxml), bound to the {@link BoxPlanViewModel}: the planned boxes and 按方案装盒. */
public final class BoxPlanDialog {

    @FXML private TextField yearField;
    @FXML private TextField categoryField;
    @FXML private Button replanButton;
    @FXML private ProgressIndicator planIndicator;
    @FXML private TableView<PlannedBox> planTable;
    @FXML private TableColumn<PlannedBox, String> codeColumn;
    @FXML private TableColumn<PlannedBox, String> spineColumn;
    @FXML private TableColumn<PlannedBox, String> rangeColumn;
    @FXML private TableColumn<PlannedBox, String> retentionColumn;
    @FXML private TableColumn<PlannedBox, String> volumesColumn;
    @FXML private TableColumn<PlannedBox, String> thicknessColumn;
    @FXML private TableColumn<PlannedBox, String> noteColumn;
    @FXML private Label summaryLabel;
    @FXML private Label outcomeLabel;
    @FXML private Button applyButton;

    private final BoxPlanViewModel viewModel;
    private final Messages messages;
    private Stage stage;

    private BoxPlanDialog(BoxPlanViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    static BoxPlanDialog create(BoxPlanViewModel viewModel, Messages messages, Window owner) {
        BoxPlanDialog dialog = new BoxPlanDialog(viewModel, messages);
        Stage stage = DialogStage.following(dialog, "BoxPlanDialog.fxml", messages, owner, "boxPlan.title",
                viewModel.showingProperty(), viewModel::close);
        dialog.stage = stage;
        return dialog;
    }

    void show() {
        DialogStage.bringUp(stage);
    }

    @FXML
    private void initialize() {
        yearField.textProperty().bindBidirectional(viewModel.yearProperty());
        categoryField.textProperty().bindBidirectional(viewModel.categoryProperty());
        replanButton.disableProperty().bind(viewModel.workingProperty());
        planIndicator.visibleProperty().bind(viewModel.workingProperty());
        Cells.text(codeColumn, b -> b.code().text());
        Cells.text(spineColumn, b -> messages.text("boxPlan.mm", Integer.toString(b.spineMm())));
        Cells.text(rangeColumn, viewModel::range);
        Cells.text(retentionColumn, b -> b.retention().label());
        Cells.text(volumesColumn, b -> Integer.toString(b.volumes().size()));
        Cells.text(thicknessColumn, b -> messages.text("boxPlan.mm", b.thicknessMm()));
        Cells.text(noteColumn, viewModel::note);
        planTable.setItems(viewModel.boxes());
        planTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        outcomeLabel.textProperty().bind(viewModel.outcomeProperty());
        applyButton.disableProperty().bind(viewModel.canApply().not());
    }

    @FXML
    private void replan() {
        viewModel.replan();
    }

    @FXML
    private void apply() {
        viewModel.apply();
    }

    @FXML
    private void close() {
        viewModel.close();
    }
}
