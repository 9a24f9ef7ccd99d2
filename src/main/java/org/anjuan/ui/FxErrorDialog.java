package org.anjuan.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.anjuan.i18n.Messages;

/**
 * The error dialog: the Chinese message up front, the technical details (for the administrator) folded away
 * in an expandable area. Non-blocking, so background results keep arriving while it is open.
 */
final class FxErrorDialog implements ErrorReporter {

    private final Window owner;
    private final Messages messages;

    FxErrorDialog(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void show(String header, String message, Throwable details) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message,
                new ButtonType(messages.text("dialog.close"), ButtonData.OK_DONE));
        alert.setTitle(messages.text("dialog.error.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId("errorDialog");
        alert.getDialogPane().setMinWidth(520);
        // over the window the clerk is working in (the print centre, the bind dialog), else the main window
        Window over = Window.getWindows().stream().filter(w -> w.isFocused() && w.isShowing()).findFirst()
                .orElse(owner);
        if (over != null && over.isShowing()) {
            alert.initOwner(over);
        }
        if (details != null) {
            alert.getDialogPane().setExpandableContent(detailsPane(details));
        }
        alert.show();
    }

    private VBox detailsPane(Throwable details) {
        TextArea trace = new TextArea(stackTrace(details));
        trace.setId("errorDetails");
        trace.setEditable(false);
        trace.setWrapText(false);
        trace.setPrefRowCount(14);
        VBox.setVgrow(trace, Priority.ALWAYS);
        VBox box = new VBox(6, new Label(messages.text("dialog.details")), trace);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
