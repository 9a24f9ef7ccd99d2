package org.anjuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AvCommandTest {

    /** SHA-256 of the bytes "abc". */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dir;

    @Test
    void aRecordIsRegisteredWithItsChecksumAndAChangedFileIsFoundOnVerifying() throws IOException {
        importCase("行政处罚简易程序");
        Path video = Files.writeString(dir.resolve("现场检查.mp4"), "abc");

        CliRun added = run("av", "add", "1", video.toString(), "--title", "现场检查执法记录仪录像", "--recorder", "陈建华",
                "--recorded-at", "2023-05-06 10:30", "--stored-at", "2023-05-06 17:00", "--place", "思明区某大厦人防工程");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("已登记第 1 项：录像《现场检查执法记录仪录像》，SHA-256 " + ABC)
                .doesNotContain("逾期存储").doesNotContain("长期保存");
        assertThat(run("av", "verify", "1").out()).contains("一致").contains("已核验 1 项：没有发现改动或缺失。");

        Files.writeString(video, "abd");
        CliRun changed = run("av", "verify", "1");
        assertThat(changed.code()).isEqualTo(AvCommand.CHECK_FAILED);
        assertThat(changed.out()).contains("已改动：现在的 SHA-256 为").contains("1 项被改动或找不到");

        Files.delete(video);
        CliRun missing = run("av", "verify", "1");
        assertThat(missing.code()).isEqualTo(AvCommand.CHECK_FAILED);
        assertThat(missing.out()).contains("文件不见了：" + video);
    }

    @Test
    void anItemStoredTooLateIsFlaggedWithTheReasonInChinese() throws IOException {
        importCase("行政处罚简易程序");
        CliRun added = run("av", "add", "1", "--storage-only", "--location", "光盘 GP-2023-015", "--kind", "照片",
                "--title", "现场照片", "--recorder", "林晓雯", "--recorded-at", "2023-05-06 10:30",
                "--stored-at", "2023-05-07 16:45", "--place", "湖里区某小区地下车库", "--long-term", "阻碍执法");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("SHA-256 无（只登记存储位置）")
                .contains("第 1 项　逾期存储：录制后 30 小时 15 分钟才存入专用存储器，超过 24 小时的期限（第十四条）。")
                .contains("第十五条（三），行政相对人逃避、拒绝、阻碍执法");

        String list = run("av", "list", "1").out();
        assertThat(list).contains("序号").contains("存储位置").contains("光盘 GP-2023-015").contains("逾期存储、长期保存")
                .contains("2023年5月7日 16:45").contains("共 1 项音像资料，逾期存储 1 项，需长期保存 1 项。");

        assertThat(run("settings", "--av-deadline-hours", "48").out()).contains("音像资料存储期限：录制后 48 小时内");
        assertThat(run("av", "list", "1").out()).contains("逾期存储 0 项");
        assertThat(run("av", "verify", "1").out()).contains("只登记了存储位置（光盘 GP-2023-015），无法核验");
    }

    @Test
    void refusalsSayWhatIsWrong() throws IOException {
        importCase("行政检查");
        CliRun early = run("av", "add", "1", "--storage-only", "--location", "光盘 1", "--title", "录像", "--recorder",
                "陈建华", "--recorded-at", "2023-05-06 10:30", "--stored-at", "2023-05-05 09:00", "--place", "某地");
        assertThat(early.code()).isEqualTo(Cli.REFUSED);
        assertThat(early.err()).contains("存入时间 2023年5月5日 09:00 早于录制时间 2023年5月6日 10:30");

        CliRun noLocation = run("av", "add", "1", "--storage-only", "--title", "录像", "--recorder", "陈建华",
                "--recorded-at", "2023-05-06 10:30", "--place", "某地");
        assertThat(noLocation.err()).contains("请写明存储位置");

        CliRun badTime = run("av", "add", "1", "--storage-only", "--location", "光盘 1", "--title", "录像",
                "--recorder", "陈建华", "--recorded-at", "5月6日", "--place", "某地");
        assertThat(badTime.err()).contains("时间“5月6日”无法识别：请写成 2023-05-06 10:30 的形式。");

        CliRun noOutput = run("av", "print", "1");
        assertThat(noOutput.code()).isEqualTo(Cli.REFUSED);
        assertThat(noOutput.err()).contains("请指定 --out FILE.pdf（另存为 PDF）或 --printer（送到打印机），二者选一。");

        CliRun nothing = run("av", "print", "1", "--out", dir.resolve("s.pdf").toString());
        assertThat(nothing.code()).isEqualTo(Cli.REFUSED);
        assertThat(nothing.err()).contains("还没有登记音像资料");
    }

    @Test
    void theExplanationSheetIsSavedAsAPdf() throws IOException {
        importCase("行政强制");
        Path audio = Files.writeString(dir.resolve("询问.mp3"), "abc");
        assertThat(run("av", "add", "1", audio.toString(), "--title", "询问录音", "--recorder", "陈建华",
                "--recorded-at", "2023-05-06 10:30", "--place", "执法监督处询问室").out())
                .contains("录音《询问录音》").contains("长期保存").contains("第十五条（一）");
        Path pdf = dir.resolve("out/制作说明.pdf");
        CliRun printed = run("av", "print", "1", "--out", pdf.toString());
        assertThat(printed.code()).as(printed.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("音像资料制作说明").contains("录音：询问录音").contains(ABC).contains("执法监督处询问室");
        }
    }

    private void importCase(String category) throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        Files.writeString(caseDir.resolve("case.yaml"), """
                category: %s
                title: 陈某向人民防空工程内倾倒废弃物案
                parties: [陈某]
                department: 执法监督处
                officer: 陈建华、林晓雯
                opened: 2023-02-15
                closed: 2023-05-20
                materials:
                  - {title: 现场检查笔录, pages: 1}
                """.formatted(category), StandardCharsets.UTF_8);
        CliRun imported = run("case", "import", caseDir.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("已导入案件 1");
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }
}
