package org.anjuan.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

    /** With the environment the settings are read from (ANJUAN_HOME, ANJUAN_DB_PASSWORD), for tests. */
    public Cli(PrintStream out, PrintStream err, java.util.Map<String, String> env) {
        this(out, err);
        root.env = env;
    }

    public int execute(String... args) {
        return run(commandName(args), args);
    }

    /** As {@link #execute(String...)} with every subcommand known, as for help: tests compare the two. */
    int executeWithAllCommands(String... args) {
        return run(null, args);
    }

    /** @param named the one subcommand to register, or null for all */
    private int run(String named, String[] args) {
        CommandLine cl = new CommandLine(root);
        AnjuanCommand.SUBCOMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                cl.addSubcommand(name, command.get());
            }
        });
        cl.setOut(out).setErr(err).setExecutionExceptionHandler(new FailureHandler());
        try {
            return cl.execute(args);
        } finally {
            root.close();
            out.flush();
            err.flush();
        }
    }

    /** The subcommand the arguments name, or null (help, the window, a mistyped name): then all are known. */
    private static String commandName(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db")) {
                i++; // its value
            } else if (!args[i].startsWith("-")) {
                return AnjuanCommand.SUBCOMMANDS.containsKey(args[i]) ? args[i] : null;
            }
        }
        return null;
    }

    /** True when the arguments named no command: the caller opens the window. */
    public boolean windowRequested() {
        return root.windowRequested();
    }

    public String dbOption() {
        return root.db();
    }

    /**
     * What a command's failure prints and returns. A class rather than a method reference: picocli's
     * interfaces are Java 5 classes, and a lambda implementing one keeps that interface out of the class-data
     * archive (bin/anjuan, the installer), so every run would load it from picocli's jar, opening the sixty
     * jars before it on the class path (≈ 15 ms).
     */
    private final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

        @Override
        public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
            Messages messages = root.messages();
            if (e instanceof AnjuanException refusal) {
                err.println(messages.text(refusal));
                return REFUSED;
            }
            err.println(messages.text("cli.failed", e.toString()));
            return FAILED;
        }
    }
}
