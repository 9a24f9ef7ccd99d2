package org.anjuan.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/** The picocli command tree for one command line: the root command and the subcommand it names. */
final class CommandTree {

    private final AnjuanCommand root = new AnjuanCommand();
    private final PrintWriter out;
    private final PrintWriter err;

    CommandTree(Map<String, String> env, PrintWriter out, PrintWriter err) {
        root.env = env;
        this.out = out;
        this.err = err;
    }

    /** @param named the one subcommand to register, or null for all */
    int run(String named, String[] args) {
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
    static String commandName(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db")) {
                i++; // its value
            } else if (!args[i].startsWith("-")) {
                return AnjuanCommand.SUBCOMMANDS.containsKey(args[i]) ? args[i] : null;
            }
        }
        return null;
    }

    boolean windowRequested() {
        return root.windowRequested();
    }

    String db() {
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
            return Cli.failure(e, root.messages(), err);
        }
    }
}
