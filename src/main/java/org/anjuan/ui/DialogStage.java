package org.anjuan.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.anjuan.i18n.Messages;

/**
 * The window of a dialog over the main window: its FXML (beside this class) loaded with the given controller,
 * modal to its owner, in the owner's style. The dialogs differ in what they show, not in how they open.
 */
final class DialogStage {

    private DialogStage() {
    }

    /** Loads {@code fxml} with {@code controller} into a window-modal stage titled by {@code titleKey}. */
    static Stage load(Object controller, String fxml, Messages messages, Window owner, String titleKey) {
        Stage stage = window(controller, fxml, messages, owner, titleKey);
        stage.initModality(Modality.WINDOW_MODAL);
        return stage;
    }

    /** As {@link #load}, but not modal: a window the clerk keeps open beside the register. */
    static Stage window(Object controller, String fxml, Messages messages, Window owner, String titleKey) {
        FXMLLoader loader = new FXMLLoader(DialogStage.class.getResource(fxml), messages.bundle());
        loader.setControllerFactory(type -> controller);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.text(titleKey));
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        return stage;
    }

    /**
     * As {@link #load}, for a dialog whose view model says whether it is showing: the stage hides when
     * {@code showing} turns false, and closing the window by its frame runs {@code onClose}.
     */
    static Stage following(Object controller, String fxml, Messages messages, Window owner, String titleKey,
                           ObservableValue<Boolean> showing, Runnable onClose) {
        return follow(load(controller, fxml, messages, owner, titleKey), showing, onClose);
    }

    /** The stage hides when {@code showing} turns false; closing it by its frame runs {@code onClose}. */
    static Stage follow(Stage stage, ObservableValue<Boolean> showing, Runnable onClose) {
        stage.setOnCloseRequest(e -> onClose.run());
        showing.addListener((obs, old, now) -> {
            if (!now) {
                stage.hide();
            }
        });
        return stage;
    }

    /** Shows the dialog, or brings it to the front if it is already open. */
    static void bringUp(Stage stage) {
        stage.show();
        stage.toFront();
    }
}
