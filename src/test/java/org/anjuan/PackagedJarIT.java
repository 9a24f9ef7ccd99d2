package org.anjuan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar as a clerk runs it: `java -jar target/anjuan.jar <command>`, headless, with no JavaFX loaded. */
class PackagedJarIT {

    @TempDir
    Path dir;

    @Test
    void versionAndHelpAnswerWithoutJavaFx() throws Exception {
        Path classLog = dir.resolve("classes.log");
        Result version = run(List.of("-Xlog:class+load=info:file=" + classLog), "--version");
        assertThat(version.code).isZero();
        assertThat(version.out).contains("案卷 Anjuan 0.");
        assertThat(Files.readString(classLog)).doesNotContain("javafx.");
        Result help = run(List.of(), "--help");
        assertThat(help.code).isZero();
        assertThat(help.out).contains("case").contains("number").contains("retention");
    }

    @Test
    void importsEverySampleAndListsThem() throws Exception {
        Path samples = Path.of(System.getProperty("anjuan.samples")); // written by the build from samples/
        String db = dir.resolve("db").toString();
        List<Path> folders;
        try (var s = Files.list(samples)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(folders).hasSizeGreaterThanOrEqualTo(3);
        for (Path folder : folders) {
            Result r = run(List.of(), "--db", db, "case", "import", folder.toString());
            assertThat(r.code).as(r.err).isZero();
            assertThat(r.out).contains("已导入案件");
        }
        Result list = run(List.of(), "--db", db, "case", "list");
        assertThat(list.out).contains("共 " + folders.size() + " 件").contains("行政检查").contains("行政处罚简易程序");
    }

    @Test
    void bindsASampleOnARuntimeWithoutTheJavaCompiler() throws Exception {
        // an installed runtime may leave out java.compiler: the forms' templates were compiled by the build
        List<String> noCompiler = List.of("--limit-modules", "java.base,java.desktop,java.logging,java.naming,"
                + "java.sql,java.xml,java.management,java.prefs,java.scripting,jdk.unsupported");
        Path sample = Path.of(System.getProperty("anjuan.samples"), "punishment-simple-2023-dumping");
        Path out = dir.resolve("out");
        Result r = run(noCompiler, "--db", dir.resolve("db").toString(), "bind", sample.toString(), "--out",
                out.toString());
        assertThat(r.code).as(r.err).isZero();
        try (PDDocument volume = Loader.loadPDF(out.resolve("2023年厦国动罚字第01号.pdf").toFile())) {
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertThat(cover.getText(volume).replaceAll("\\s+", "")).contains("行政执法案卷", "2023年厦国动罚字第01号");
        }
    }

    @Test
    void aRefusalExitsWithTwoAndAChineseMessage() throws Exception {
        Result r = run(List.of(), "--db", dir.resolve("db").toString(), "case", "import", dir.resolve("nope").toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("nope");
    }

    @Test
    void theShellLauncherKeepsAClassArchiveAndAnswersTheSame() throws Exception {
        Path launcher = Path.of("bin", "anjuan").toAbsolutePath();
        Assumptions.assumeTrue(Files.isExecutable(launcher) && Files.exists(Path.of("/bin/sh")),
                "bin/anjuan is a POSIX shell script; this machine has no /bin/sh");
        Path cache = dir.resolve("cache");
        for (int run = 1; run <= 2; run++) { // the first run writes the archive, the second uses it
            ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--version");
            builder.environment().put("XDG_CACHE_HOME", cache.toString());
            builder.environment().put("ANJUAN_JAR", System.getProperty("anjuan.jar"));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process p = builder.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(err).isZero();
            assertThat(out).contains("案卷 Anjuan 0.");
            assertThat(err).as("run %d says nothing else", run).isEmpty();
            try (var archives = Files.list(cache.resolve("anjuan"))) {
                assertThat(archives.map(f -> f.getFileName().toString()).toList())
                        .singleElement().asString().startsWith("cli-").endsWith(".jsa");
            }
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(List<String> jvmArgs, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Djava.awt.headless=true"));
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", System.getProperty("anjuan.jar")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, err);
    }
}
