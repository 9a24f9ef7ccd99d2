package org.anjuan.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.anjuan.domain.AnjuanException;
import org.anjuan.i18n.Messages;
import picocli.CommandLine;

/**
 * Runs one command line. Refusals (AnjuanException) print their Chinese text and exit with 2; anything
 * unexpected prints its cause and exits with 1. Output is UTF-8 whatever the terminal's locale.
 */
public final class Cli {

    public static final int REFUSED = 2;
    public static final int FAILED = 1;

    private final AnjuanCommand root = new AnjuanCommand();
    private final PrintWriter out;
    private final PrintWriter err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        this.err = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    }

    public int execute(String... args) {
        CommandLine cl = new CommandLine(root).setOut(out).setErr(err)
                .setExecutionExceptionHandler(this::handle);
        try {
            return cl.execute(args);
        } finally {
            root.close();
            out.flush();
            err.flush();
        }
    }

    /** True when the arguments named no command: the caller opens the window. */
    public boolean windowRequested() {
        return root.windowRequested();
    }

    public Path dbOption() {
        return root.db();
    }

    private int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        Messages messages = root.messages();
        if (e instanceof AnjuanException refusal) {
            err.println(messages.text(refusal));
            return REFUSED;
        }
        err.println(messages.text("cli.failed", e.toString()));
        return FAILED;
    }
}
