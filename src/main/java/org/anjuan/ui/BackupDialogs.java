package org.anjuan.ui;

import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.anjuan.i18n.Messages;

/**
 * The backup commands' dialogs over the main window: the restore's question, a small window with the progress
 * and 取消 while a backup or a restore runs, and the outcome.
 */
final class BackupDialogs {

    private final BackupViewModel viewModel;
    private final Messages messages;
    private final Supplier<Window> owner;
    private Stage progress;

    private BackupDialogs(BackupViewModel viewModel, Messages messages, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.owner = owner;
    }

    /** Shows the dialogs whenever the view model asks for them. */
    static void attach(BackupViewModel viewModel, Messages messages, Supplier<Window> owner) {
        BackupDialogs dialogs = new BackupDialogs(viewModel, messages, owner);
        viewModel.questionProperty().addListener((obs, old, q) -> {
            if (q != null) {
                dialogs.ask(q);
            }
        });
        viewModel.reportProperty().addListener((obs, old, r) -> {
            if (r != null) {
                dialogs.tell(r);
            }
        });
        viewModel.workingProperty().addListener((obs, old, working) -> dialogs.progress(working));
    }

    private void ask(BackupViewModel.Question q) {
        ButtonType restore = new ButtonType(messages.text("backup.ui.confirm.restore"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("backup.ui.confirm.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, q.text() + "\n\n" + messages.text("backup.ui.confirm.note"),
                restore, cancel);
        alert.setTitle(messages.text("backup.ui.confirm.title"));
        alert.setHeaderText(messages.text("backup.ui.confirm.header"));
        alert.getDialogPane().setId("restoreConfirmDialog");
        alert.getDialogPane().setMinWidth(620);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(restore)).setDefaultButton(false);
        over(alert);
        alert.setOnHidden(e -> {
            if (alert.getResult() == restore) {
                viewModel.confirmRestore();
            } else {
                viewModel.declineRestore();
            }
        });
        alert.show();
    }

    private void tell(BackupViewModel.Report r) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, r.text(),
                new ButtonType(messages.text("dialog.close"), ButtonData.OK_DONE));
        alert.setTitle(messages.text("backup.ui.title"));
        alert.setHeaderText(r.header());
        alert.getDialogPane().setId("backupReportDialog");
        alert.getDialogPane().setMinWidth(560);
        over(alert);
        alert.show();
    }

    private void progress(boolean working) {
        if (!working) {
            if (progress != null) {
                progress.hide();
            }
            return;
        }
        if (progress == null) {
            progress = progressWindow();
        }
        progress.show();
    }

    private Stage progressWindow() {
        ProgressBar bar = new ProgressBar();
        bar.setId("backupProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(viewModel.progressProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label what = new Label();
        what.setId("backupProgressText");
        what.textProperty().bind(viewModel.progressTextProperty());
        Button cancel = new Button(messages.text("backup.ui.cancel"));
        cancel.setId("cancelBackupButton");
        cancel.setOnAction(e -> viewModel.cancel());
        VBox box = new VBox(10, what, new HBox(10, bar, cancel));
        box.setPadding(new Insets(16));
        box.setPrefWidth(460);
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.setTitle(messages.text("backup.ui.title"));
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            stage.initOwner(w);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> {
            e.consume(); // closed by 取消, not by the window's cross
            viewModel.cancel();
        });
        return stage;
    }

    private void over(Alert alert) {
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            alert.initOwner(w);
        }
    }
}
