package org.anjuan.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the 档案利用登记 window asks outside itself: where to save the .xlsx, and the visitor's signature on the
 * visitor's screen. The window answers with a file chooser and {@link VisitorScreen}; tests answer themselves.
 * Called on the FX thread.
 */
public interface LedgerQuestions {

    /** Where to save the export, proposing {@code suggestedName}; empty when the clerk cancels. */
    Optional<Path> exportFile(String suggestedName);

    /**
     * Shows the entry to the visitor to sign. {@code onSigned} gets the confirmed signature as PNG; {@code onLeft}
     * runs when the visitor leaves without signing.
     */
    void sign(SigningSheet sheet, Consumer<byte[]> onSigned, Runnable onLeft);
}
