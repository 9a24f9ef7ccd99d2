package org.anjuan.ui;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.anjuan.i18n.Messages;

/** The 音像资料 window (AvRecordsDialog.fxml), bound to the {@link AvRecordsViewModel}. */
public final class AvRecordsDialog {

    @FXML private Label avHeading;
    @FXML private TableView<AvRow> avTable;
    @FXML private TableColumn<AvRow, Integer> avSeqColumn;
    @FXML private TableColumn<AvRow, String> avKindColumn;
    @FXML private TableColumn<AvRow, String> avTitleColumn;
    @FXML private TableColumn<AvRow, String> avRecorderColumn;
    @FXML private TableColumn<AvRow, String> avRecordedColumn;
    @FXML private TableColumn<AvRow, String> avStoredColumn;
    @FXML private TableColumn<AvRow, String> avLocationColumn;
    @FXML private TableColumn<AvRow, String> avMarksColumn;
    @FXML private TableColumn<AvRow, String> avCheckColumn;
    @FXML private Label avReasons;
    @FXML private ProgressBar avProgress;
    @FXML private Label avStatus;
    @FXML private Button avVerifyButton;
    @FXML private Button avCancelButton;
    @FXML private Button avPrintButton;

    private final AvRecordsViewModel viewModel;
    private final Messages messages;
    private Stage stage;

    private AvRecordsDialog(AvRecordsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    static AvRecordsDialog create(AvRecordsViewModel viewModel, Messages messages, Window owner) {
        AvRecordsDialog dialog = new AvRecordsDialog(viewModel, messages);
        Stage stage = DialogStage.following(dialog, "AvRecordsDialog.fxml", messages, owner, "av.dialog.title",
                viewModel.showingProperty(), viewModel::close);
        dialog.stage = stage;
        return dialog;
    }

    void show() {
        DialogStage.bringUp(stage);
    }

    @FXML
    private void initialize() {
        avHeading.textProperty().bind(viewModel.headingProperty());
        Cells.value(avSeqColumn, AvRow::seq);
        Cells.text(avKindColumn, AvRow::kind);
        Cells.text(avTitleColumn, AvRow::title);
        Cells.text(avRecorderColumn, AvRow::recorder);
        Cells.text(avRecordedColumn, AvRow::recordedAt);
        Cells.text(avStoredColumn, AvRow::storedAt);
        Cells.text(avLocationColumn, AvRow::location);
        Cells.text(avMarksColumn, AvRow::marks);
        Cells.text(avCheckColumn, AvRow::check);
        Cells.markRows(avTable, RegisterColumns.OVERDUE, r -> r.late() || r.failed());
        avTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        avTable.setItems(viewModel.rows());
        avReasons.textProperty().bind(Bindings.createStringBinding(() -> {
            AvRow r = avTable.getSelectionModel().getSelectedItem();
            return r == null ? messages.text("av.dialog.pick") : r.reasons().isEmpty()
                    ? messages.text("av.dialog.noMarks") : r.reasons();
        }, avTable.getSelectionModel().selectedItemProperty()));
        avProgress.progressProperty().bind(viewModel.progressProperty());
        avProgress.visibleProperty().bind(viewModel.verifyingProperty());
        avStatus.textProperty().bind(viewModel.statusProperty());
        avVerifyButton.disableProperty().bind(viewModel.verifyDisabled());
        avCancelButton.visibleProperty().bind(viewModel.verifyingProperty());
        avPrintButton.disableProperty().bind(Bindings.isEmpty(viewModel.rows()));
    }

    @FXML
    private void verify() {
        viewModel.verify();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    /** 打印制作说明…: the clerk picks where the PDF goes; printing it is then the system's usual way. */
    @FXML
    private void print() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("av.dialog.saveTitle"));
        chooser.setInitialFileName(messages.text("av.dialog.fileName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File out = chooser.showSaveDialog(stage);
        if (out != null) {
            viewModel.saveSheet(out.toPath());
        }
    }

    @FXML
    private void close() {
        viewModel.close();
    }
}
