package org.anjuan.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.anjuan.i18n.Messages;

/**
 * The print centre's questions as the window asks them: a print dialog of its own (printer and copies, over the
 * print centre) and the system's save dialog. Not {@code javax.print.ServiceUI}: see the README, Printing.
 */
final class FxPrintQuestions implements PrintQuestions {

    /** PrintingService refuses more: a typing slip, not a wish. */
    static final int MOST_COPIES = 99;
    private static final String LAST_DIR = "print.lastDir";

    private final Messages messages;

    FxPrintQuestions(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<PrinterChoice> printer(PrinterChoice proposed, List<String> printers, String what) {
        Dialog<PrinterChoice> dialog = new Dialog<>();
        dialog.setTitle(messages.text("printCentre.ask.title"));
        dialog.setHeaderText(what);
        dialog.getDialogPane().setId("printDialog");
        Window owner = focusedWindow();
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        ComboBox<String> printer = new ComboBox<>(FXCollections.observableArrayList(printers));
        printer.setId("askPrinter");
        printer.setValue(printers.contains(proposed.printer()) ? proposed.printer() : printers.get(0));
        printer.setMaxWidth(Double.MAX_VALUE);
        Spinner<Integer> copies = new Spinner<>(1, MOST_COPIES, Math.max(1, Math.min(MOST_COPIES, proposed.copies())));
        copies.setId("askCopies");
        copies.setEditable(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(messages.text("printCentre.printer")), printer);
        grid.addRow(1, new Label(messages.text("printCentre.copies")), copies);
        GridPane.setFillWidth(printer, true);
        printer.setPrefWidth(320);
        dialog.getDialogPane().setContent(grid);
        ButtonType print = new ButtonType(messages.text("printCentre.ask.print"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("plan.action.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(print, cancel);
        dialog.setResultConverter(button -> button == print
                ? new PrinterChoice(printer.getValue(), typedCopies(copies)) : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> pdfFile(String suggestedName) {
        Preferences prefs = Preferences.userNodeForPackage(FxPrintQuestions.class);
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("printCentre.save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("printCentre.save.filter"),
                "*.pdf"));
        chooser.setInitialFileName(suggestedName);
        String last = prefs.get(LAST_DIR, null);
        if (last != null && new File(last).isDirectory()) {
            chooser.setInitialDirectory(new File(last));
        }
        File file = chooser.showSaveDialog(focusedWindow());
        if (file == null) {
            return Optional.empty();
        }
        if (file.getParent() != null) {
            prefs.put(LAST_DIR, file.getParent());
        }
        Path path = file.toPath();
        String name = path.getFileName().toString();
        return Optional.of(name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? path : path.resolveSibling(name + ".pdf"));
    }

    /** A spinner takes a typed number only when it loses focus: read what is typed, as the clerk sees it. */
    private static int typedCopies(Spinner<Integer> copies) {
        try {
            int typed = Integer.parseInt(copies.getEditor().getText().strip());
            return Math.max(1, Math.min(MOST_COPIES, typed));
        } catch (NumberFormatException e) {
            return copies.getValue();
        }
    }

    /** The print centre, which asks: the dialogs open over it. */
    private static Window focusedWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().stream().filter(Window::isShowing).reduce((a, b) -> b).orElse(null));
    }
}
