package org.anjuan.ui;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.anjuan.i18n.Messages;

/**
 * The bind dialog (BindDialog.fxml), bound to the {@link BindViewModel}: shows the plan, lets the clerk pick the
 * output folder, confirm, watch the progress and cancel. It cannot be closed while the bind runs.
 */
public final class BindDialog {

    private static final String LAST_OUT = "bind.lastOutDir";
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    @FXML private VBox bindDialog;
    @FXML private Label planHeading;
    @FXML private Label planSummary;
    @FXML private TableView<PlanRow> planTable;
    @FXML private TableColumn<PlanRow, String> planVolumeColumn;
    @FXML private TableColumn<PlanRow, Integer> planSeqColumn;
    @FXML private TableColumn<PlanRow, String> planTitleColumn;
    @FXML private TableColumn<PlanRow, String> planPagesColumn;
    @FXML private TableColumn<PlanRow, String> planNoteColumn;
    @FXML private VBox planWarningsBox;
    @FXML private ListView<String> planWarnings;
    @FXML private TextField outDirField;
    @FXML private Button chooseOutDirButton;
    @FXML private HBox progressRow;
    @FXML private ProgressBar bindProgress;
    @FXML private Label bindProgressText;
    @FXML private Label bindOutcome;
    @FXML private Button confirmBindButton;
    @FXML private Button cancelBindButton;
    @FXML private Button checkSheetButton;
    @FXML private Button closeBindButton;

    private final BindViewModel viewModel;
    private final Messages messages;
    private Stage stage;
    private boolean typing;

    private BindDialog(BindViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    /** Builds the dialog's window over {@code owner}; it shows itself with {@link #show()}. */
    static BindDialog create(BindViewModel viewModel, Messages messages, Window owner) {
        BindDialog dialog = new BindDialog(viewModel, messages);
        Stage stage = DialogStage.load(dialog, "BindDialog.fxml", messages, owner, "plan.title");
        stage.setOnCloseRequest(e -> {
            BindStep step = viewModel.stepProperty().get();
            if (step == BindStep.BINDING || step == BindStep.PREPARING) {
                e.consume(); // 取消 first: the bind must clean up after itself
            } else {
                viewModel.close();
            }
        });
        viewModel.stepProperty().addListener((obs, old, step) -> {
            if (step == BindStep.IDLE) {
                stage.hide();
            }
        });
        dialog.stage = stage;
        return dialog;
    }

    @FXML
    private void initialize() {
        planHeading.textProperty().bind(viewModel.headingProperty());
        planSummary.textProperty().bind(viewModel.summaryProperty());
        Cells.value(planVolumeColumn, PlanRow::volume);
        Cells.value(planSeqColumn, PlanRow::seq);
        Cells.text(planTitleColumn, PlanRow::title);
        Cells.value(planPagesColumn, PlanRow::pages);
        Cells.text(planNoteColumn, PlanRow::note);
        planTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        planTable.setItems(viewModel.rows());
        planWarningsBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.warnings()));
        planWarnings.setItems(viewModel.warnings());
        planWarnings.setCellFactory(list -> {
            WrappingCell cell = new WrappingCell();
            cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
            return cell;
        });

        var step = viewModel.stepProperty();
        // the folder is chosen with 选择… or typed (pasted) into the field, where it must be an absolute path
        viewModel.outDirProperty().addListener((obs, old, dir) -> {
            if (!typing) {
                outDirField.setText(dir == null ? "" : dir.toString());
            }
        });
        outDirField.textProperty().addListener((obs, old, text) -> {
            typing = true;
            try {
                viewModel.outDirProperty().set(typedFolder(text));
            } finally {
                typing = false;
            }
        });
        outDirField.setOnAction(e -> e.consume()); // Enter does not bind: that takes its own click
        outDirField.editableProperty().bind(step.isEqualTo(BindStep.PLANNED));
        chooseOutDirButton.disableProperty().bind(step.isNotEqualTo(BindStep.PLANNED));
        progressRow.visibleProperty().bind(step.isEqualTo(BindStep.BINDING));
        bindProgress.progressProperty().bind(viewModel.progressProperty());
        bindProgressText.textProperty().bind(viewModel.progressTextProperty());
        bindOutcome.textProperty().bind(viewModel.outcomeProperty());
        bindOutcome.visibleProperty().bind(viewModel.outcomeProperty().isNotEmpty());
        viewModel.failedProperty().addListener((obs, old, failed) -> bindOutcome.pseudoClassStateChanged(FAILED, failed));
        confirmBindButton.disableProperty().bind(viewModel.canBind().not());
        cancelBindButton.disableProperty().bind(step.isNotEqualTo(BindStep.BINDING));
        checkSheetButton.disableProperty().bind(step.isNotEqualTo(BindStep.PLANNED));
        closeBindButton.disableProperty().bind(step.isEqualTo(BindStep.BINDING));
    }

    /** Shows the plan; the output folder is proposed beside the last one used, named after the first number. */
    void show() {
        if (viewModel.outDirProperty().get() == null && viewModel.planProperty().get() != null) {
            String last = Preferences.userNodeForPackage(BindDialog.class).get(LAST_OUT, null);
            if (last != null && new File(last).isDirectory()) {
                String first = viewModel.planProperty().get().predicted().get(0).text();
                viewModel.outDirProperty().set(Path.of(last).resolve(first));
            }
        }
        DialogStage.bringUp(stage);
    }

    /** 选择…: a folder for the volumes; an empty one, or one that will be created, is best. */
    @FXML
    private void chooseOutDir() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.text("plan.outDir.chooserTitle"));
        Path proposed = viewModel.outDirProperty().get();
        File start = proposed == null ? null : proposed.toFile().isDirectory() ? proposed.toFile()
                : proposed.getParent() == null ? null : proposed.getParent().toFile();
        if (start != null && start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            viewModel.outDirProperty().set(dir.toPath());
            if (dir.getParent() != null) {
                Preferences.userNodeForPackage(BindDialog.class).put(LAST_OUT, dir.getParent());
            }
        }
    }

    /** 装订前检查表…: where to save the printed check; the clerk prints it from there or keeps it with the file. */
    @FXML
    private void saveCheckSheet() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("plan.check.chooserTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(messages.text("check.sheet.title") + ".pdf");
        Path proposed = viewModel.outDirProperty().get();
        if (proposed != null && proposed.getParent() != null && proposed.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(proposed.getParent().toFile());
        }
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            viewModel.saveCheckSheet(file.toPath());
        }
    }

    @FXML
    private void confirm() {
        viewModel.bind();
    }

    /** An absolute path, or null (no folder yet) for anything else. */
    private static Path typedFolder(String text) {
        String typed = text == null ? "" : text.strip();
        try {
            Path p = typed.isEmpty() ? null : Path.of(typed);
            return p != null && p.isAbsolute() ? p.normalize() : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void close() {
        viewModel.close();
    }

    /** Warnings are whole sentences: wrap them to the list's width. */
    private static final class WrappingCell extends ListCell<String> {
        WrappingCell() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }
}
