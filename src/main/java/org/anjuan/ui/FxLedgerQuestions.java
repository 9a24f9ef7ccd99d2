package org.anjuan.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.anjuan.i18n.Messages;

/** The 档案利用登记 window's questions in dialogs: a file chooser for the export, the visitor's screen to sign. */
final class FxLedgerQuestions implements LedgerQuestions {

    private final Window owner;
    private final Messages messages;

    FxLedgerQuestions(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> exportFile(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("ledger.ui.export.title"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        File out = chooser.showSaveDialog(owner);
        return Optional.ofNullable(out).map(File::toPath);
    }

    @Override
    public void sign(SigningSheet sheet, Consumer<byte[]> onSigned, Runnable onLeft) {
        VisitorScreen.show(sheet, messages, owner, onSigned, onLeft);
    }
}
