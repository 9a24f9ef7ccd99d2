package org.anjuan.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the print centre asks the clerk before anything leaves the program: the printer and copies, or where to
 * save. The window asks in dialogs ({@link FxPrintQuestions}); tests answer themselves, so no dialog opens.
 * Called on the FX thread.
 */
public interface PrintQuestions {

    /** A printer by the name the system lists it under, and how many copies. */
    record PrinterChoice(String printer, int copies) {
    }

    /**
     * Which printer and how many copies, starting from {@code proposed}; empty when the clerk cancels.
     *
     * @param what the forms and pages about to be printed, for the clerk to check
     */
    Optional<PrinterChoice> printer(PrinterChoice proposed, List<String> printers, String what);

    /** Where to save the PDF, proposing {@code suggestedName}; empty when the clerk cancels. */
    Optional<Path> pdfFile(String suggestedName);
}
