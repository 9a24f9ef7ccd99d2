package org.anjuan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.anjuan.domain.ArchiveNumberFormat;
import org.anjuan.domain.IssuedNumber;
import org.anjuan.store.Database;
import org.anjuan.store.NumberRegister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window (here: this JVM holding the database open) and a CLI command in another process share one file. */
class SharedDatabaseTest {

    @Test
    void aCliCommandInAnotherProcessUsesTheOpenDatabase(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("register");
        try (Database window = Database.openFile(file)) {
            NumberRegister register = new NumberRegister(window);
            register.issue(ArchiveNumberFormat.standard(), 2023, "罚", 1, null, "窗口");

            Process cli = startCli(file, "number", "issue", "--year", "2023", "--category", "罚");
            String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(cli.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(cli.exitValue()).as(err).isZero();
            assertThat(out.strip()).isEqualTo("2023年厦国动罚字第02号");

            register.issue(ArchiveNumberFormat.standard(), 2023, "罚", 1, null, "窗口");
            assertThat(register.all()).extracting(IssuedNumber::text).containsExactly(
                    "2023年厦国动罚字第01号", "2023年厦国动罚字第02号", "2023年厦国动罚字第03号");
        }
    }

    private static Process startCli(Path db, String... command) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> args = new java.util.ArrayList<>(List.of(java.toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--db", db.toString()));
        args.addAll(List.of(command));
        return new ProcessBuilder(args).start();
    }
}
