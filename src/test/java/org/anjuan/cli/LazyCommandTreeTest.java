package org.anjuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Cli} registers only the subcommand a command line names; whatever it prints and returns must be what
 * the whole command tree would have printed and returned: help, usage, errors and exit codes.
 */
class LazyCommandTreeTest {

    @ParameterizedTest
    @MethodSource("commandLines")
    void printsAndReturnsWhatTheWholeTreeWould(List<String> args) {
        String[] line = args.toArray(String[]::new);
        CliRun lazy = run(cli -> cli.execute(line));
        CliRun whole = run(cli -> cli.executeWithAllCommands(line));

        assertThat(lazy).isEqualTo(whole);
    }

    @Test
    void helpForOneCommandIsItsOwn() {
        CliRun help = run(cli -> cli.execute("number", "--help"));

        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: anjuan number").contains("issue").contains("--corner");
        assertThat(run(cli -> cli.execute("number", "--bogus")).err()).contains("Unknown option: '--bogus'");
    }

    static Stream<List<String>> commandLines() {
        List<List<String>> lines = new ArrayList<>();
        for (String name : AnjuanCommand.SUBCOMMANDS.keySet()) {
            lines.add(List.of(name, "--help"));
            lines.add(List.of(name, "--no-such-option"));
            lines.add(List.of("--db", "nowhere", name, "-h"));
        }
        lines.add(List.of("number"));                                   // refused: no files given
        lines.add(List.of("number", "--start", "one", "in.pdf", "out.pdf")); // not a number
        lines.add(List.of("number", "issue"));                          // --year and --category missing
        lines.add(List.of("number", "issue", "--help"));
        lines.add(List.of("inspect"));
        lines.add(List.of("numbr", "in.pdf", "out.pdf"));               // unknown command
        lines.add(List.of("--help"));
        lines.add(List.of("--version"));
        lines.add(List.of("--bogus"));
        return lines.stream();
    }

    private static CliRun run(ToIntFunction<Cli> execute) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        int code = execute.applyAsInt(cli);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
