package org.anjuan.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.anjuan.domain.AnjuanException;
import org.anjuan.i18n.Messages;

/**
 * Runs one command line. Refusals (AnjuanException) print their Chinese text and exit with 2; anything
 * unexpected prints its cause and exits with 1. Output is UTF-8 whatever the terminal's locale.
 * <p>
 * A plain {@code number IN.pdf OUT.pdf} — the command a clerk may run four hundred times a day — is parsed
 * by {@link NumberShortcut} and never loads picocli; every other line goes through the picocli command tree.
 */
public final class Cli {

    public static final int REFUSED = 2;
    public static final int FAILED = 1;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    /** Built only for a command line the shortcut does not take. */
    private CommandTree tree;

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, System.getenv());
    }

    /** With the environment the settings are read from (ANJUAN_HOME, ANJUAN_DB_PASSWORD), for tests. */
    public Cli(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        this.env = env;
    }

    public int execute(String... args) {
        NumberShortcut number = NumberShortcut.parse(args);
        if (number == null) {
            return tree().run(CommandTree.commandName(args), args);
        }
        Messages messages = UserLanguage.messages(env, null);
        try {
            return number.run(messages, out, err);
        } catch (RuntimeException e) {
            return failure(e, messages, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** As {@link #execute(String...)} through picocli with every subcommand known: tests compare the two. */
    int executeWithAllCommands(String... args) {
        return tree().run(null, args);
    }

    /** True when the arguments named no command: the caller opens the window. */
    public boolean windowRequested() {
        return tree != null && tree.windowRequested();
    }

    public String dbOption() {
        return tree == null ? null : tree.db();
    }

    private CommandTree tree() {
        if (tree == null) {
            tree = new CommandTree(env, out, err);
        }
        return tree;
    }

    /** What a failed command prints, and its exit code. */
    static int failure(Exception e, Messages messages, PrintWriter err) {
        if (e instanceof AnjuanException refusal) {
            err.println(messages.text(refusal));
            return REFUSED;
        }
        err.println(messages.text("cli.failed", e.toString()));
        return FAILED;
    }
}
