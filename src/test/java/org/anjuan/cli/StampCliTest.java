package org.anjuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** number IN OUT and number-sheets, beside the archive-number commands that share the word "number". */
class StampCliTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("register").toString();
    }

    @Test
    void stampsEveryPageFromOneInTheTopRight() throws IOException {
        Path in = scan("in.pdf", false, false, false);
        Path out = dir.resolve("out.pdf");
        CliRun run = CliRun.of("--db", db(), "number", in.toString(), out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("已写出").contains("共 3 页，盖页号 3 页（第 1–3 号）");
        assertThat(run.err()).as("a 3-page job needs no progress lines").isEmpty();
        assertThat(numbers(out)).containsExactly("1 top-right", "2 top-right", "3 top-right");
    }

    @Test
    void startCornerAndBlankPagesAreOptions() throws IOException {
        Path in = scan("in.pdf", false, true, false);
        Path out = dir.resolve("out.pdf");
        CliRun run = CliRun.of("--db", db(), "number", in.toString(), out.toString(), "--start", "41",
                "--corner", "bottom-right", "--skip-blank");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("盖页号 2 页（第 41–42 号）").contains("空白页未编页号：第 2 页");
        assertThat(numbers(out)).containsExactly("41 bottom-right", "", "42 bottom-right");
    }

    @Test
    void theArchiveNumberSubcommandsStillWork() throws IOException {
        Path in = scan("in.pdf", false);
        assertThat(CliRun.of("--db", db(), "number", in.toString(), dir.resolve("o.pdf").toString()).code())
                .isZero();
        CliRun issued = CliRun.of("--db", db(), "number", "issue", "--year", "2023", "--category", "罚");
        assertThat(issued.code()).as(issued.err()).isZero();
        assertThat(issued.out()).contains("2023年厦国动罚字第01号");
        assertThat(CliRun.of("--db", db(), "number", "list").out()).contains("共 1 个案卷序号");
        assertThat(CliRun.of("number", "--help").out()).contains("IN.pdf OUT.pdf").contains("issue")
                .contains("--skip-blank");
    }

    @Test
    void refusalsAreChineseWithExitCodeTwoAndWriteNothing() throws IOException {
        Path in = scan("in.pdf", false);
        Path out = dir.resolve("out.pdf");
        CliRun one = CliRun.of("--db", db(), "number", in.toString());
        assertThat(one.code()).isEqualTo(Cli.REFUSED);
        assertThat(one.err()).contains("请给出输入扫描件和输出文件两个路径");

        CliRun corner = CliRun.of("--db", db(), "number", in.toString(), out.toString(), "--corner", "left");
        assertThat(corner.code()).isEqualTo(Cli.REFUSED);
        assertThat(corner.err()).contains("页号位置“left”不认识");

        CliRun start = CliRun.of("--db", db(), "number", in.toString(), out.toString(), "--start", "0");
        assertThat(start.code()).isEqualTo(Cli.REFUSED);
        assertThat(start.err()).contains("起始页号必须是 1 或更大的数");

        CliRun locked = CliRun.of("--db", db(), "number", locked().toString(), out.toString());
        assertThat(locked.code()).isEqualTo(Cli.REFUSED);
        assertThat(locked.err()).contains("locked.pdf").contains("设有密码");

        CliRun same = CliRun.of("--db", db(), "number", in.toString(), in.toString());
        assertThat(same.code()).isEqualTo(Cli.REFUSED);
        assertThat(same.err()).contains("不能是扫描件");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void writesNumberSheets() throws IOException {
        Path sheets = dir.resolve("sheets.pdf");
        CliRun run = CliRun.of("--db", db(), "number-sheets", "--from", "8", "--to", "10", "--out",
                sheets.toString(), "--offset-x", "1.5", "--offset-y", "-2");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("页号单第 8–10 号，共 3 页（A4）");
        assertThat(numbers(sheets)).containsExactly("8 top-right", "9 top-right", "10 top-right");

        CliRun backwards = CliRun.of("--db", db(), "number-sheets", "--from", "5", "--to", "4", "--out",
                dir.resolve("bad.pdf").toString());
        assertThat(backwards.code()).isEqualTo(Cli.REFUSED);
        assertThat(backwards.err()).contains("结束页号 4 小于起始页号 5");
        CliRun tooMany = CliRun.of("--db", db(), "number-sheets", "--from", "1", "--to", "5000", "--out",
                dir.resolve("bad.pdf").toString());
        assertThat(tooMany.code()).isEqualTo(Cli.REFUSED);
        assertThat(tooMany.err()).contains("一次最多生成 2000 页");
        assertThat(Files.exists(dir.resolve("bad.pdf"))).isFalse();
    }

    private Path scan(String name, boolean... empty) throws IOException {
        return StampFiles.scan(dir.resolve(name), empty);
    }

    private Path locked() throws IOException {
        return StampFiles.locked(dir.resolve("locked.pdf"));
    }

    private static List<String> numbers(Path pdf) throws IOException {
        return StampFiles.numbers(pdf);
    }
}
