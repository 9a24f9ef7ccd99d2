package org.anjuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plain {@code number IN OUT} runs without picocli ({@link NumberShortcut}); it must print, return and
 * write exactly what picocli's run of the same line does, and leave every other line to picocli.
 */
class NumberShortcutTest {

    @TempDir
    Path dir;

    /** {IN} and {OUT} stand for a three-page scan (the second page blank) and where to write it. */
    static Stream<List<String>> plainLines() {
        return Stream.of(
                List.of("number", "{IN}", "{OUT}"),
                List.of("number", "{IN}", "{OUT}", "--start", "41", "--corner", "bottom-right", "--skip-blank"),
                List.of("number", "--skip-blank", "--start=7", "{IN}", "--corner=右下", "{OUT}"),
                List.of("number", "{IN}", "--start", "007", "{OUT}"),
                List.of("number", "{IN}", "{OUT}", "--start", "0"),            // refused: numbers start at 1
                List.of("number", "{IN}", "{OUT}", "--corner", "left"),        // refused: unknown corner
                List.of("number", "{IN}", "{OUT}", "--corner="),               // refused: empty corner
                List.of("number", "{IN}", "{IN}"),                              // refused: would overwrite the scan
                List.of("number", "{LOCKED}", "{OUT}"),                         // refused: encrypted
                List.of("number", "{MISSING}", "{OUT}"),                        // refused: no such file
                List.of("number", "{IN}", "{NO_FOLDER}"));                      // refused: nowhere to write
    }

    /** Lines only picocli can explain: help, mistakes and the archive-number subcommands. */
    static Stream<List<String>> otherLines() {
        return Stream.of(
                List.of("number", "--help", "in.pdf"), List.of("number", "-h", "a", "b"),
                List.of("number", "in.pdf"), List.of("number", "a.pdf", "b.pdf", "c.pdf"),
                List.of("number", "a.pdf", "b.pdf", "--bogus"), List.of("number", "a.pdf", "b.pdf", "--"),
                List.of("number", "--", "a.pdf", "b.pdf"), List.of("number", "@args.txt", "b.pdf"),
                List.of("number", "a.pdf", "b.pdf", "--start"), List.of("number", "a.pdf", "b.pdf", "--start", "-3"),
                List.of("number", "a.pdf", "b.pdf", "--start", "one"),
                List.of("number", "a.pdf", "b.pdf", "--start", "9999999999"),
                List.of("number", "a.pdf", "b.pdf", "--start", "1", "--start", "2"),
                List.of("number", "a.pdf", "b.pdf", "--corner", "--skip-blank"),
                List.of("number", "a.pdf", "b.pdf", "--skip-blank", "--skip-blank"),
                List.of("number", "a.pdf", "b.pdf", "--skip-blank=true"),
                List.of("number", "issue", "--year", "2023"), List.of("number", "list", "x"),
                List.of("--db", "x", "number", "a.pdf", "b.pdf"), List.of("inspect", "a.pdf", "b.pdf"),
                List.of("number", "a\u0000.pdf", "b.pdf"));
    }

    @ParameterizedTest
    @MethodSource("plainLines")
    void printsReturnsAndWritesWhatPicocliWould(List<String> template) throws IOException {
        Path in = StampFiles.scan(dir.resolve("in.pdf"), false, true, false);
        StampFiles.locked(dir.resolve("locked.pdf"));
        byte[] scanned = Files.readAllBytes(in);
        String[] quick = line(template, "quick.pdf");
        String[] slow = line(template, "slow.pdf");
        assertThat(NumberShortcut.parse(quick)).as("taken by the shortcut").isNotNull();

        CliRun shortcut = run(cli -> cli.execute(quick));
        CliRun picocli = run(cli -> cli.executeWithAllCommands(slow));

        assertThat(shortcut).isEqualTo(new CliRun(picocli.code(), picocli.out().replace("slow.pdf", "quick.pdf"),
                picocli.err().replace("slow.pdf", "quick.pdf")));
        Path quickOut = dir.resolve("quick.pdf");
        Path slowOut = dir.resolve("slow.pdf");
        assertThat(Files.exists(quickOut)).isEqualTo(Files.exists(slowOut));
        if (Files.exists(slowOut)) {
            assertThat(StampFiles.numbers(quickOut)).isEqualTo(StampFiles.numbers(slowOut)).hasSize(3);
            assertThat(Files.size(quickOut)).isEqualTo(Files.size(slowOut));
        }
        assertThat(Arrays.equals(Files.readAllBytes(in), scanned)).as("the scan is untouched").isTrue();
    }

    @ParameterizedTest
    @MethodSource("otherLines")
    void leavesEveryOtherLineToPicocli(List<String> line) {
        String[] args = line.toArray(String[]::new);
        assertThat(NumberShortcut.parse(args)).isNull();
    }

    private String[] line(List<String> template, String out) {
        List<String> args = new ArrayList<>();
        for (String arg : template) {
            args.add(arg.replace("{IN}", dir.resolve("in.pdf").toString())
                    .replace("{OUT}", dir.resolve(out).toString())
                    .replace("{LOCKED}", dir.resolve("locked.pdf").toString())
                    .replace("{MISSING}", dir.resolve("missing.pdf").toString())
                    .replace("{NO_FOLDER}", dir.resolve("no-folder").resolve(out).toString()));
        }
        return args.toArray(String[]::new);
    }

    private CliRun run(ToIntFunction<Cli> execute) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("ANJUAN_HOME", dir.resolve("home").toString()));
        int code = execute.applyAsInt(cli);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
