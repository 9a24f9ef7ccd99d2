package org.anjuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** print FORM: a bound case's forms reprinted from the register, to PDF; refusals say what to give instead. */
class PrintCommandTest {

    private static final String NUMBER = "2023年厦国动罚字第01号";

    @TempDir
    Path dir;

    @BeforeEach
    void bindACase() throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        Files.writeString(caseDir.resolve("case.yaml"), """
                category: 行政处罚简易程序
                title: 陈某向人民防空工程内倾倒废弃物案
                parties: [陈某]
                department: 执法监督处
                officer: 陈建华、林晓雯
                opened: 2023-08-15
                closed: 2023-08-21
                materials:
                  - {title: 当场行政处罚决定书, pages: 2}
                  - {title: 现场检查笔录, pages: 1}
                """, StandardCharsets.UTF_8);
        CliRun bind = CliRun.of("--db", db(), "bind", caseDir.toString(), "--out", dir.resolve("out").toString());
        assertThat(bind.code()).as(bind.err()).isZero();
    }

    @Test
    void reprintsACasesCoverDirectoryAndBackSheetAsTheyWereBound() throws IOException {
        Path cover = dir.resolve("cover.pdf");
        CliRun run = CliRun.of("--db", db(), "print", "cover", "--case", "1", "--out", cover.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("案卷封面").contains("共 1 页");
        assertThat(text(cover)).contains(NUMBER).contains("陈某向人民防空工程内倾倒废弃物案").contains("10年");

        Path directory = dir.resolve("directory.pdf");
        assertThat(CliRun.of("--db", db(), "print", "directory", "--volume", NUMBER, "--out", directory.toString())
                .code()).isZero();
        assertThat(text(directory)).contains("卷内目录").contains("现场检查笔录").contains("当场行政处罚决定书");

        Path back = dir.resolve("back.pdf");
        assertThat(CliRun.of("--db", db(), "print", "backsheet", "--case", "1", "--out", back.toString())
                .code()).isZero();
        assertThat(text(back)).contains("卷内备考表").contains("陈建华");
    }

    @Test
    void printsABoxsCoverAndSpineLabelsFromTheBoxAsSaved() throws IOException {
        CliRun box = CliRun.of("--db", db(), "box", "create", "--from", NUMBER, "--spine", "20");
        assertThat(box.code()).as(box.err()).isZero();

        Path cover = dir.resolve("box-cover.pdf");
        CliRun run = CliRun.of("--db", db(), "print", "box-cover", "--box", "2023-罚-001", "--out", cover.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(text(cover)).contains("档案盒").contains("2023-罚-001").contains(NUMBER).contains("10年");

        Path spines = dir.resolve("spine.pdf");
        assertThat(CliRun.of("--db", db(), "print", "box-spine", "--box", "1", "--out", spines.toString()).code())
                .isZero();
        Path sheet = dir.resolve("sheet.pdf");
        assertThat(CliRun.of("--db", db(), "print", "spine-sheet", "--box", "2023-罚-001,1", "--offset-x", "2",
                "--out", sheet.toString()).code()).isZero();
        try (PDDocument one = Loader.loadPDF(spines.toFile()); PDDocument two = Loader.loadPDF(sheet.toFile())) {
            assertThat(one.getNumberOfPages()).isEqualTo(1);
            assertThat(two.getNumberOfPages()).as("two 20 mm strips share one sheet").isEqualTo(1);
        }
        assertThat(text(sheet)).contains("2023-罚-001");
    }

    @Test
    void printsNumberSheetsForThePaperOriginalsAHandoverListAndBlankRegisterPages() throws IOException {
        Path sheets = dir.resolve("sheets.pdf");
        CliRun run = CliRun.of("--db", db(), "print", "number-sheets", "--case", "1", "--out", sheets.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(sheets.toFile())) {
            // two paper-only materials of 1 and 2 pages: numbers 1, 2 and 3, one sheet each
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= 3; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document).strip()).isEqualTo(Integer.toString(page));
            }
        }

        Path handover = dir.resolve("handover.pdf");
        assertThat(CliRun.of("--db", db(), "print", "handover", "--case", "1", "--out", handover.toString()).code())
                .isZero();
        assertThat(text(handover)).contains("移交清单").contains(NUMBER).contains("陈某向人民防空工程内倾倒废弃物案")
                .contains("共1卷3页");

        Path register = dir.resolve("register.pdf");
        assertThat(CliRun.of("--db", db(), "print", "ledger", "--register", "查阅", "--out", register.toString())
                .code()).isZero();
        try (PDDocument document = Loader.loadPDF(register.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("landscape")
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
        assertThat(text(register)).contains("档案查阅登记簿");
    }

    @Test
    void refusalsSayWhatToGiveInstead() {
        CliRun unknown = CliRun.of("--db", db(), "print", "poster", "--case", "1", "--out", "x.pdf");
        assertThat(unknown.code()).isEqualTo(Cli.REFUSED);
        assertThat(unknown.err()).contains("poster").contains("cover").contains("ledger");

        CliRun both = CliRun.of("--db", db(), "print", "cover", "--case", "1", "--out", "x.pdf", "--printer", "PDF");
        assertThat(both.code()).isEqualTo(Cli.REFUSED);
        assertThat(both.err()).contains("--out").contains("--printer");

        CliRun boxForm = CliRun.of("--db", db(), "print", "box-cover", "--case", "1", "--out",
                dir.resolve("x.pdf").toString());
        assertThat(boxForm.code()).isEqualTo(Cli.REFUSED);
        assertThat(boxForm.err()).contains("档案盒封面").contains("--box");

        CliRun noVolume = CliRun.of("--db", db(), "print", "cover", "--volume", "2023年厦国动罚字第09号", "--out",
                dir.resolve("y.pdf").toString());
        assertThat(noVolume.code()).isEqualTo(Cli.REFUSED);
        assertThat(noVolume.err()).contains("2023年厦国动罚字第09号");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
        assertThat(dir.resolve("y.pdf")).doesNotExist();
    }

    private String db() {
        return dir.resolve("db").toString();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u3000]+", "");
        }
    }
}
