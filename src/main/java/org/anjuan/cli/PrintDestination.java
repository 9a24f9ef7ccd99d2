package org.anjuan.cli;

import java.nio.file.Path;
import org.anjuan.domain.AnjuanException;
import picocli.CommandLine.Option;

/**
 * --out / --printer / --copies of the commands that print a form: saved as a PDF file, or sent to a printer
 * (the system's default one when no name is given) in so many copies. Exactly one of the two.
 */
final class PrintDestination {

    @Option(names = "--out", paramLabel = "FILE.pdf", description = "另存为 PDF 文件")
    Path out;

    @Option(names = "--printer", paramLabel = "打印机", arity = "0..1", fallbackValue = "",
            description = "送到打印机；不写名称时用系统默认打印机")
    String printer;

    @Option(names = "--copies", paramLabel = "N", defaultValue = "1", description = "打印份数（默认 1）")
    int copies;

    /** Refuses a command line that names neither a file nor a printer, or both. */
    void checkOne() {
        if ((out == null) == (printer == null)) {
            throw new AnjuanException("cli.print.oneOutput");
        }
    }

    boolean toFile() {
        return out != null;
    }

    /** The printer asked for, or null for the system's default printer. */
    String printerName() {
        return printer == null || printer.isBlank() ? null : printer;
    }
}
