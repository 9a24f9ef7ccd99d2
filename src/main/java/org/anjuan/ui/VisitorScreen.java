package org.anjuan.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.anjuan.i18n.Messages;

/**
 * The screen the visitor signs on: full screen, on the second monitor when there is one (the one turned towards
 * the visitor), else over the whole primary screen. Large type, the entry read-only, the signing pad, 重签 and
 * 确认签名 — and nothing the clerk uses. Escape leaves without signing. The confirmed signature goes to the caller
 * as PNG; the screen then closes and cannot be reopened on the same signature.
 */
public final class VisitorScreen {

    private final Stage stage;
    private final SignaturePad pad;
    private final Consumer<byte[]> onSigned;
    private final Runnable onLeft;
    private boolean done;

    private VisitorScreen(Stage stage, SignaturePad pad, Consumer<byte[]> onSigned, Runnable onLeft) {
        this.stage = stage;
        this.pad = pad;
        this.onSigned = onSigned;
        this.onLeft = onLeft;
    }

    /**
     * Opens the screen. {@code onSigned} gets the signature once confirmed; {@code onLeft} runs when the visitor
     * or clerk leaves with Escape (or the window is closed) without signing.
     */
    public static VisitorScreen show(SigningSheet sheet, Messages messages, Window owner, Consumer<byte[]> onSigned,
                                     Runnable onLeft) {
        SignaturePad pad = new SignaturePad(messages);
        pad.setClearButtonVisible(false);
        Stage stage = new Stage(StageStyle.UNDECORATED);
        VisitorScreen screen = new VisitorScreen(stage, pad, onSigned, onLeft);
        Scene scene = new Scene(screen.layout(sheet, messages));
        scene.getStylesheets().add(Objects.requireNonNull(VisitorScreen.class.getResource("ledger.css"))
                .toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                screen.leave();
            }
        });
        stage.setScene(scene);
        stage.setTitle(messages.text("ledger.ui.visitor.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setOnCloseRequest(e -> screen.leave());
        place(stage, visitorScreen());
        stage.show();
        stage.toFront();
        return screen;
    }

    /** The visitor's monitor: the first one that is not the primary, else the primary. */
    static Screen visitorScreen() {
        Screen primary = Screen.getPrimary();
        return Screen.getScreens().stream().filter(s -> !s.equals(primary)).findFirst().orElse(primary);
    }

    private static void place(Stage stage, Screen screen) {
        Rectangle2D b = screen.getBounds();
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
    }

    private BorderPane layout(SigningSheet sheet, Messages messages) {
        Label heading = new Label(sheet.heading());
        heading.setId("visitorHeading");
        heading.getStyleClass().add("visitor-heading");

        GridPane entry = new GridPane();
        entry.setId("visitorEntry");
        entry.getStyleClass().add("visitor-entry");
        entry.setHgap(24);
        entry.setVgap(10);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Pane.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        values.setPrefWidth(200);
        entry.getColumnConstraints().addAll(names, values);
        int row = 0;
        for (SigningSheet.Line line : sheet.lines()) {
            Label name = new Label(line.name());
            name.getStyleClass().add("visitor-name");
            Label value = new Label(line.value());
            value.getStyleClass().add("visitor-value");
            value.setWrapText(true);
            value.setMinHeight(Region.USE_PREF_SIZE);
            entry.addRow(row++, name, value);
        }

        Label declaration = new Label(sheet.declaration());
        declaration.setId("visitorDeclaration");
        declaration.getStyleClass().add("visitor-declaration");
        declaration.setWrapText(true);

        Label state = new Label();
        state.setId("visitorState");
        state.getStyleClass().add("visitor-state");
        state.textProperty().bind(javafx.beans.binding.Bindings.when(pad.signedProperty())
                .then(messages.text("ledger.ui.visitor.signed"))
                .otherwise(messages.text("ledger.ui.visitor.notSigned")));
        VBox.setVgrow(pad, Priority.ALWAYS);
        pad.setMinHeight(220);

        Button again = new Button(messages.text("ledger.ui.visitor.again"));
        again.setId("visitorAgain");
        again.getStyleClass().add("visitor-button");
        again.setFocusTraversable(false);
        again.setOnAction(e -> pad.clear());
        Button confirm = new Button(messages.text("ledger.ui.visitor.confirm"));
        confirm.setId("visitorConfirm");
        confirm.getStyleClass().addAll("visitor-button", "visitor-confirm");
        confirm.setFocusTraversable(false);
        confirm.disableProperty().bind(pad.signedProperty().not());
        confirm.setOnAction(e -> confirm());
        Label leave = new Label(messages.text("ledger.ui.visitor.escape"));
        leave.getStyleClass().add("visitor-escape");
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(24, leave, gap, state, again, confirm);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox body = new VBox(18, entry, declaration, pad, buttons);
        body.setPadding(new Insets(0, 48, 36, 48));
        BorderPane root = new BorderPane(body);
        root.setTop(heading);
        BorderPane.setAlignment(heading, Pos.CENTER);
        BorderPane.setMargin(heading, new Insets(28, 48, 18, 48));
        root.setId("visitorScreen");
        root.getStyleClass().add("visitor-screen");
        return root;
    }

    private void confirm() {
        if (done || !pad.isSigned()) {
            return;
        }
        byte[] png = pad.png(SignatureImage.Ground.TRANSPARENT);
        done = true;
        hide();
        onSigned.accept(png);
    }

    private void leave() {
        if (done) {
            return;
        }
        done = true;
        hide();
        onLeft.run();
    }

    /** Leaves full screen first, so the display is given back as it was. */
    private void hide() {
        stage.setFullScreen(false);
        stage.hide();
    }

    /** True while the visitor has the screen. */
    public boolean isShowing() {
        return stage.isShowing();
    }

    /** Closes the screen as if the visitor had left (the ledger window closing, say). */
    public void close() {
        leave();
    }

    SignaturePad pad() {
        return pad;
    }
}
