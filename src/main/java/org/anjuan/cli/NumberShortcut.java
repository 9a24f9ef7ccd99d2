package org.anjuan.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.anjuan.app.ScanTools;
import org.anjuan.i18n.Messages;

/**
 * {@code number IN.pdf OUT.pdf [--start N] [--corner POS] [--skip-blank]} without picocli. picocli's classes
 * are Java 5 classes, which the class-data archive of Java 17 does not keep: reading and checking them, and
 * the command's annotations, is a tenth of a second of every run — a third of stamping a 400-page scan. This
 * takes only the plain lines, in any order; anything else (help, an unknown or repeated option, an odd
 * value, a subcommand, an @file, {@code --}) goes to picocli, which explains it. {@link NumberCommand} does
 * the work either way; {@code NumberShortcutTest} checks both ways print, return and write the same.
 */
final class NumberShortcut {

    private static final Set<String> SUBCOMMANDS = Set.of("issue", "void", "list");
    /** What picocli would read as an int and this reads alike; anything else is picocli's to explain. */
    private static final int MAX_DIGITS = 9;

    private Path input;
    private Path output;
    private Integer start;
    private String corner;
    private boolean skipBlank;

    private NumberShortcut() {
    }

    /** The command line as a plain page-numbering run, or null when picocli has to read it. */
    static NumberShortcut parse(String... args) {
        if (args.length < 3 || !args[0].equals("number")) {
            return null;
        }
        NumberShortcut line = new NumberShortcut();
        List<String> files = new ArrayList<>(2);
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String option = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            String value = option.equals(arg) ? null : arg.substring(equals + 1);
            if (value == null && (option.equals("--start") || option.equals("--corner"))) {
                if (++i == args.length || args[i].startsWith("-")) {
                    return null;
                }
                value = args[i];
            }
            if (option.equals("--start") && line.start == null && isCount(value)) {
                line.start = Integer.valueOf(value);
            } else if (option.equals("--corner") && line.corner == null) {
                line.corner = value;
            } else if (arg.equals("--skip-blank") && !line.skipBlank) {
                line.skipBlank = true;
            } else if (isFile(arg)) {
                files.add(arg);
            } else {
                return null;
            }
        }
        if (files.size() != 2) {
            return null;
        }
        try {
            line.input = Path.of(files.get(0));
            line.output = Path.of(files.get(1));
        } catch (InvalidPathException e) {
            return null;
        }
        return line;
    }

    /** Stamps, prints what picocli's run would print, and returns the exit code; refusals are thrown. */
    int run(Messages messages, PrintWriter out, PrintWriter err) {
        return NumberCommand.stamp(new ScanTools(), messages, out, err, input, output,
                start == null ? 1 : start, corner == null ? "top-right" : corner, skipBlank);
    }

    /** A positional argument: not an option, an @file or a subcommand's name. */
    private static boolean isFile(String arg) {
        return !arg.startsWith("-") && !arg.startsWith("@") && !SUBCOMMANDS.contains(arg);
    }

    private static boolean isCount(String value) {
        return !value.isEmpty() && value.length() <= MAX_DIGITS && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
