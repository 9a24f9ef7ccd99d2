package org.anjuan.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.anjuan.i18n.Messages;

/** The audit check's verdict over the main window: information when intact, a warning naming the broken line. */
final class AuditDialog {

    private AuditDialog() {
    }

    static void show(AuditFinding finding, Messages messages, Window owner) {
        String text = finding.advice().isEmpty() ? finding.verdict() : finding.verdict() + "\n\n" + finding.advice();
        Alert alert = new Alert(finding.intact() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, text,
                new ButtonType(messages.text("dialog.close"), ButtonData.OK_DONE));
        alert.setTitle(messages.text("dialog.audit.title"));
        alert.setHeaderText(messages.text(finding.intact() ? "dialog.audit.intact.header"
                : "dialog.audit.broken.header"));
        alert.getDialogPane().setId("auditDialog");
        alert.getDialogPane().setMinWidth(560);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
