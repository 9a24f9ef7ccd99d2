package org.anjuan.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The print centre's questions answered by a test: a printer and copies, a file; null answers cancel. */
final class PrintAnswers implements PrintQuestions {

    final List<String> asked = new ArrayList<>();
    PrinterChoice printer;
    Path file;
    PrinterChoice proposed;

    @Override
    public Optional<PrinterChoice> printer(PrinterChoice proposal, List<String> printers, String what) {
        asked.add("printer " + printers + ": " + what);
        proposed = proposal;
        return Optional.ofNullable(printer);
    }

    @Override
    public Optional<Path> pdfFile(String suggestedName) {
        asked.add("file: " + suggestedName);
        return Optional.ofNullable(file);
    }
}
