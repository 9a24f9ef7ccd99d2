package org.anjuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.anjuan.report.SignaturePng;
import org.anjuan.store.Database;
import org.anjuan.store.LedgerShelf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void shelf() {
        try (Database db = Database.openFile(dir.resolve("db"))) {
            LedgerShelf.fill(db);
        }
    }

    @Test
    void aConsultationIsRegisteredApprovedSignedListedExportedPrintedAndReturned() throws IOException {
        CliRun registered = run("ledger", "register", "--name", "张某", "--category", "当事人", "--unit", "厦门某置业有限公司",
                "--id-type", "身份证", "--id-number", "350203198001010011", "--file", LedgerShelf.FIRST,
                "--purpose", "了解处罚依据");
        assertThat(registered.code()).as(registered.err()).isZero();
        assertThat(registered.out()).contains("已登记：编号 1，查阅第 1 号，张某。", "签字前尚需：",
                "当事人查阅档案须填写登记并经批准（第十八条）");

        assertThat(run("ledger", "approve", "1", "--by", "刘主任").out()).contains("已记录审批人 刘主任", "可以请来访人签字。");
        Path png = Files.write(dir.resolve("签字.png"), SignaturePng.drawn());
        CliRun signed = run("ledger", "sign", "1", "--signature", png.toString());
        assertThat(signed.code()).as(signed.err()).isZero();
        assertThat(signed.out()).contains("来访人已签字，交付 " + LedgerShelf.FIRST + "，应还日期 "
                + org.anjuan.domain.ChineseDate.day(LocalDate.now()));

        CliRun resign = run("ledger", "sign", "1", "--signature", png.toString());
        assertThat(resign.code()).isEqualTo(Cli.REFUSED);
        assertThat(resign.err()).contains("已签字，登记内容和签字都不能再修改");

        String list = run("ledger", "list").out();
        assertThat(list).contains("编号", "姓名", "张某", "当事人", LedgerShelf.FIRST, "未归还", "共 1 条登记，其中逾期未还 0 条。");
        assertThat(run("ledger", "list", "--person", "李").out()).contains("共 0 条登记");
        assertThat(run("ledger", "list", "--file", "第01号", "--from", "2020-01-01", "--to",
                LocalDate.now().toString()).out()).contains("共 1 条登记");
        assertThat(run("ledger", "list", "--overdue").out()).contains("共 0 条登记");

        Path xlsx = dir.resolve("登记.xlsx");
        CliRun exported = run("ledger", "export", "--out", xlsx.toString());
        assertThat(exported.out()).contains("已导出 1 行到 " + xlsx);
        assertThat(exported.err()).as("no logging noise from POI").isEmpty();
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("张某");
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo(LedgerShelf.FIRST);
        }

        Path pdf = dir.resolve("查阅登记簿.pdf");
        CliRun printed = run("ledger", "print", "--out", pdf.toString());
        assertThat(printed.out()).contains("已将档案查阅登记簿另存为 " + pdf + "（共 1 页）");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).as(printed.out() + printed.err()
                    + run("ledger", "list", "--kind", "查阅").out()).contains("档案查阅登记簿", "张某",
                    LedgerShelf.FIRST);
        }

        CliRun short1 = run("ledger", "return", LedgerShelf.FIRST, "--pages", "118");
        assertThat(short1.code()).isEqualTo(Cli.REFUSED);
        assertThat(short1.err()).contains("清点为 118 页，与案卷的 120 页不符");
        CliRun back = run("ledger", "return", LedgerShelf.FIRST, "--pages", "120");
        assertThat(back.out()).contains("案卷 " + LedgerShelf.FIRST + " 已归还（登记 1，张某）；登记状态：已归还。");
        assertThat(run("ledger", "show", "1").out()).contains("清点 120 页，完好", "审批人：刘主任");
    }

    @Test
    void refusalsAndBadInputAreExplainedInChinese() {
        CliRun lending = run("ledger", "register", "--kind", "借阅", "--name", "张某", "--category", "当事人",
                "--file", LedgerShelf.FIRST, "--purpose", "带回查看");
        assertThat(lending.code()).isEqualTo(Cli.REFUSED);
        assertThat(lending.err()).contains("借阅（把案卷带出档案室）只限内部工作人员（第十九条）");
        CliRun category = run("ledger", "register", "--name", "张某", "--category", "访客", "--file", LedgerShelf.FIRST,
                "--purpose", "x");
        assertThat(category.err()).contains("没有“访客”这一人员类别。可用：内部工作人员、当事人、其他机关、律师、其他");
        assertThat(run("ledger", "list", "--from", "三月").err()).contains("日期“三月”无法识别");
        assertThat(run("ledger", "list", "--from", "2024-05-01", "--to", "2024-04-01").err())
                .contains("起始日期 2024年5月1日 晚于截止日期 2024年4月1日");
        assertThat(run("ledger", "export", "--out", dir.resolve("x.csv").toString()).err()).contains("须以 .xlsx 结尾");
        assertThat(run("ledger", "return", "不是档号", "--pages", "3").err()).contains("找不到档号为“不是档号”的已装订案卷");
        CliRun days = run("ledger", "loan-days", "--set", "内部工作人员=30");
        assertThat(days.out()).contains("内部工作人员：30 天", "当事人：0 天");
        assertThat(run("ledger", "--help").out()).contains("档案借阅、查阅登记", "ledger export --out FILE.xlsx");
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }
}
