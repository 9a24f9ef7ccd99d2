package org.anjuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.anjuan.pdf.ScanImagePainter.Sheet;
import org.anjuan.pdf.ScanPdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    @TempDir
    Path dir;

    private Path pdf;

    @BeforeEach
    void scannedMaterial() throws IOException {
        pdf = dir.resolve("决定书.pdf");
        try (PDDocument doc = new PDDocument()) {
            ScanPdfs.addScan(doc, Sheet.TEXT, 1, 210, 297, 100, false);
            ScanPdfs.addScan(doc, Sheet.BLANK, 2, 210, 297, 100, false);
            ScanPdfs.addScan(doc, Sheet.SEAL, 3, 420, 297, 100, false).setRotation(90);
            doc.save(pdf.toFile());
        }
    }

    @Test
    void printsATableAndASummary() {
        CliRun run = CliRun.of("--db", dir.resolve("register").toString(), "inspect", pdf.toString());

        assertThat(run.code()).as(run.err()).isZero();
        String[] lines = run.out().split(System.lineSeparator());
        assertThat(lines[0]).contains("页").contains("宽×高").contains("旋转").contains("A4").contains("处理建议")
                .contains("空白页");
        assertThat(lines[1]).startsWith("1 ").contains("210.0×297.0").contains("0°").doesNotContain("过大");
        assertThat(lines[2]).startsWith("2 ").endsWith("是");
        assertThat(lines[3]).startsWith("3 ").contains("297.0×420.0").contains("90°").contains("过大，折叠成A4幅面")
                .endsWith("否");
        assertThat(lines[4]).contains("决定书.pdf").contains("共 3 页").contains("非A4 1 页").contains("空白页 1 页");
        assertThat(Arrays.stream(dir.toFile().list())).as("no register opened").containsExactly("决定书.pdf");
    }

    @Test
    void printsJson() throws IOException {
        CliRun run = CliRun.of("inspect", pdf.toString(), "--json");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{\"file\":" + new ObjectMapper().writeValueAsString(pdf.toString())
                + ",\"pages\":[{\"index\":1,\"widthMm\":210.0,\"heightMm\":297.0,\"rotation\":0,\"a4\":true,"
                + "\"advice\":null,\"blank\":false},{\"index\":2,");
        JsonNode pages = new ObjectMapper().readTree(run.out()).get("pages");
        assertThat(pages).hasSize(3);
        assertThat(pages.get(1).get("blank").asBoolean()).isTrue();
        assertThat(pages.get(2).get("widthMm").asDouble()).isEqualTo(297.0);
        assertThat(pages.get(2).get("heightMm").asDouble()).isEqualTo(420.0);
        assertThat(pages.get(2).get("rotation").asInt()).isEqualTo(90);
        assertThat(pages.get(2).get("a4").asBoolean()).isFalse();
        assertThat(pages.get(2).get("advice").asText()).isEqualTo("过大，折叠成A4幅面");
    }

    @Test
    void refusesUnusableFilesInChineseWithExitCodeTwo() throws IOException {
        Path empty = Files.write(dir.resolve("空.pdf"), new byte[0]);
        Path notPdf = Files.writeString(dir.resolve("photo.pdf"), "JFIF");
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(Files.readAllBytes(pdf), 5000));
        Path damaged = Files.writeString(dir.resolve("damaged.pdf"), "%PDF-1.7\nnot really a body\n%%EOF\n");
        Path locked = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            doc.save(locked.toFile());
        }

        assertRefused(empty, "是空文件");
        assertRefused(notPdf, "不是 PDF");
        assertRefused(cut, "不完整");
        assertRefused(damaged, "已损坏");
        assertRefused(locked, "设有密码");
        assertRefused(dir.resolve("gone.pdf"), "不存在");
    }

    private void assertRefused(Path file, String what) {
        CliRun run = CliRun.of("inspect", file.toString(), "--json");

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains(file.toString()).contains(what);
        assertThat(run.out()).isEmpty();
    }
}
