package org.anjuan.app;

import static org.anjuan.store.LedgerShelf.FIRST;
import static org.anjuan.store.LedgerShelf.FIRST_PAGES;
import static org.anjuan.store.LedgerShelf.SECOND;
import static org.anjuan.store.LedgerShelf.SECONDARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.AuditEntry;
import org.anjuan.domain.CopyRequest;
import org.anjuan.domain.LawyerCredentials;
import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerQuery;
import org.anjuan.domain.LedgerRefusal;
import org.anjuan.domain.LedgerStatus;
import org.anjuan.domain.Visitor;
import org.anjuan.domain.VisitorCategory;
import org.anjuan.i18n.Messages;
import org.anjuan.report.FormReports;
import org.anjuan.report.SignaturePng;
import org.anjuan.store.AuditLog;
import org.anjuan.store.Database;
import org.anjuan.store.LedgerRepository;
import org.anjuan.store.LedgerShelf;
import org.anjuan.store.SettingsStore;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerServiceTest {

    private static final LocalDateTime START = LocalDateTime.of(2024, 3, 15, 9, 30);

    @TempDir
    Path dir;

    private final Messages zh = Messages.chinese();
    private final MovableClock clock = new MovableClock(START);
    private Database db;
    private LedgerService ledger;

    @BeforeEach
    void open() {
        db = Database.openInMemory("ledger" + System.nanoTime());
        LedgerShelf.fill(db);
        ledger = new LedgerService(new LedgerRepository(db), new LedgerPrinter(new FormReports(), new SettingsStore(db)),
                clock, "林晓");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aWholeConsultationIsRegisteredApprovedSignedAndReturnedByScanningTheCover() {
        LedgerEntry e = ledger.register(request(LedgerKind.CONSULTATION, party("张某"), FIRST));
        assertThat(e.seq()).isEqualTo(1);
        assertThat(e.status()).isEqualTo(LedgerStatus.REGISTERED);
        assertThat(ledger.blockers(e.id())).extracting(LedgerRefusal::key)
                .containsExactly("ledger.refuse.approval.visitor");

        clock.move(Duration.ofMinutes(5));
        LedgerEntry approved = ledger.approve(e.id(), "刘主任");
        assertThat(approved.approval().by()).isEqualTo("刘主任");
        assertThat(approved.approval().at()).isEqualTo(START.plusMinutes(5));
        assertThat(ledger.blockers(e.id())).isEmpty();

        byte[] png = SignaturePng.drawn();
        LedgerEntry signed = ledger.sign(e.id(), png);
        assertThat(signed.status()).isEqualTo(LedgerStatus.OUT);
        assertThat(signed.signature().png()).isEqualTo(png);
        assertThat(signed.dueDate()).as("read in the archive: due the same day").isEqualTo(START.toLocalDate());
        assertThat(ledger.get(e.id()).signature().png()).isEqualTo(png);

        // the scanner types the cover's QR text and Enter
        ScannedReturn hit = ledger.findForReturn("2023年厦国动罚字第01号\r\n");
        assertThat(hit.entry().id()).isEqualTo(e.id());
        assertThat(hit.expectedPages()).isEqualTo(FIRST_PAGES);
        clock.move(Duration.ofHours(2));
        LedgerEntry back = ledger.returnFile(e.id(), hit.file().archiveNumber(), FIRST_PAGES, null);
        assertThat(back.status()).isEqualTo(LedgerStatus.RETURNED);
        assertThat(back.files().get(0).condition()).isEqualTo("完好");
        assertThat(back.files().get(0).pagesCounted()).isEqualTo(FIRST_PAGES);
        assertThat(back.returnedAt()).isEqualTo(START.plusMinutes(5).plusHours(2));
        assertThat(refusal(() -> ledger.findForReturn(FIRST))).isEqualTo("案卷 2023年厦国动罚字第01号 现在没有借出或在查阅中，无需归还。");

        List<AuditEntry> audit = new AuditLog(db).recent(null, "ledger_entry", 20);
        assertThat(audit).extracting(AuditEntry::action).contains("ledger.register", "ledger.approve", "ledger.sign",
                "ledger.return");
        assertThat(audit).filteredOn(a -> a.action().equals("ledger.register")).first()
                .satisfies(a -> assertThat(a.detail()).contains("张某（当事人").contains(FIRST).contains("了解处罚依据"));
        assertThat(audit).filteredOn(a -> a.action().equals("ledger.return")).first()
                .satisfies(a -> assertThat(a.detail()).contains("清点 120 页（案卷 120 页），完好"));
        assertThat(new AuditLog(db).verify().intact()).isTrue();
    }

    @Test
    void aSignedEntryAndItsSignatureCannotBeChanged() {
        LedgerEntry e = signedConsultation("张某", FIRST);
        byte[] kept = e.signature().png();
        String signed = "查阅登记第 1 号（张某）已签字，登记内容和签字都不能再修改（第九条，留痕可查）。如需变更，请另行登记。";
        assertThat(refusal(() -> ledger.sign(e.id(), SignaturePng.drawn()))).isEqualTo(signed);
        assertThat(refusal(() -> ledger.approve(e.id(), "另一位领导"))).isEqualTo(signed);
        assertThat(refusal(() -> ledger.addFile(e.id(), SECOND))).isEqualTo(signed);
        assertThat(refusal(() -> ledger.removeFile(e.id(), FIRST))).isEqualTo(signed);
        LedgerEntry stored = ledger.get(e.id());
        assertThat(stored.signature().png()).isEqualTo(kept);
        assertThat(stored.approval().by()).isEqualTo("刘主任");
        assertThat(stored.files()).hasSize(1);
    }

    @Test
    void aVolumeAlreadyOutCannotGoOutAgainUntilItIsBack() {
        LedgerEntry lent = ledger.register(request(LedgerKind.LENDING, staff("王芳"), FIRST));
        ledger.approve(lent.id(), "刘主任");
        LedgerEntry out = ledger.sign(lent.id(), SignaturePng.drawn());
        assertThat(out.dueDate()).isEqualTo(LocalDate.of(2024, 3, 29)); // 14 days by default

        clock.move(Duration.ofHours(1));
        LedgerEntry second = ledger.register(request(LedgerKind.CONSULTATION, party("张某"), FIRST));
        ledger.approve(second.id(), "刘主任");
        assertThat(ledger.blockers(second.id())).extracting(LedgerRefusal::key)
                .containsExactly("ledger.refuse.alreadyOut");
        assertThat(refusal(() -> ledger.sign(second.id(), SignaturePng.drawn()))).isEqualTo(
                "案卷 2023年厦国动罚字第01号 已由 王芳 借阅（第 1 号登记，2024年3月15日 09:30 交付）尚未归还，不能再次交付。请待其归还后再办理。");
        assertThat(ledger.get(second.id()).signed()).isFalse();

        ledger.returnByScan(FIRST, FIRST_PAGES, null);
        assertThat(ledger.sign(second.id(), SignaturePng.drawn()).status()).isEqualTo(LedgerStatus.OUT);
    }

    @Test
    void theStoreRefusesASecondHandOutEvenWhenTheRulesWereNotAsked() {
        LedgerRepository repository = new LedgerRepository(db);
        LedgerEntry first = signedConsultation("张某", FIRST);
        LedgerEntry other = ledger.register(request(LedgerKind.CONSULTATION, party("李某"), FIRST));
        AnjuanException e = catchThrowableOfType(AnjuanException.class, () -> repository.sign(other.id(),
                new org.anjuan.domain.Signature(SignaturePng.drawn(), START), "林晓", x -> START.toLocalDate()));
        assertThat(e.key()).isEqualTo("ledger.refuse.alreadyOut");
        assertThat(repository.get(other.id()).signed()).isFalse();
        assertThat(repository.openEntryHolding(FIRST).orElseThrow().id()).isEqualTo(first.id());
    }

    @Test
    void aReturnWhosePageCountDiffersIsTakenOnlyWithTheConditionWrittenDown() {
        LedgerEntry e = ledger.register(request(LedgerKind.LENDING, staff("王芳"), FIRST, SECOND));
        ledger.approve(e.id(), "刘主任");
        ledger.sign(e.id(), SignaturePng.drawn());
        assertThat(refusal(() -> ledger.returnByScan(FIRST, 118, null))).isEqualTo(
                "案卷 2023年厦国动罚字第01号 清点为 118 页，与案卷的 120 页不符：请当面逐页核对；确有缺页、损坏的，写明情况后再办理归还（第九条）。");
        LedgerEntry one = ledger.returnByScan(FIRST, 118, "缺第57、58页，已报告刘主任");
        assertThat(one.status()).as("the second volume is still out").isEqualTo(LedgerStatus.OUT);
        assertThat(one.file(FIRST).orElseThrow().condition()).isEqualTo("缺第57、58页，已报告刘主任");
        assertThat(refusal(() -> ledger.returnByScan(FIRST, 120, null)))
                .isEqualTo("案卷 2023年厦国动罚字第01号 现在没有借出或在查阅中，无需归还。");
        assertThat(ledger.returnByScan(SECOND, 85, null).status()).isEqualTo(LedgerStatus.RETURNED);
    }

    @Test
    void registrationRefusesWhatTheRulesNeverAllow() {
        assertThat(refusal(() -> ledger.register(request(LedgerKind.LENDING, party("张某"), FIRST))))
                .startsWith("借阅（把案卷带出档案室）只限内部工作人员（第十九条）；当事人经批准后");
        Visitor lawyer = new Visitor("陈律师", "福建某律师事务所", VisitorCategory.LAWYER, "律师执业证", "13502201810000", null);
        assertThat(refusal(() -> ledger.register(request(LedgerKind.CONSULTATION, lawyer, SECONDARY))))
                .startsWith("案卷 2023年厦国动罚字第04号 为副卷，只向知悉范围内的人员提供（第七条、第十七条）；律师不在其列");
        assertThat(refusal(() -> ledger.register(request(LedgerKind.CONSULTATION, party("张某"), "BOX-2023-01 2023年"))))
                .startsWith("找不到档号为“BOX-2023-01 2023年”的已装订案卷");
        assertThat(refusal(() -> ledger.register(new LedgerRequest(null, party("张某"), List.of(FIRST), " ", null,
                null)))).isEqualTo("请填写“借阅事由或利用目的”。");
        assertThat(ledger.search(LedgerQuery.ALL)).isEmpty();
    }

    @Test
    void aLawyerSignsOnlyOnceAllThreePapersAreRecordedAsSeen() {
        Visitor lawyer = new Visitor("陈律师", "福建某律师事务所", VisitorCategory.LAWYER, "律师执业证", "13502201810000", null);
        LedgerEntry e = ledger.register(new LedgerRequest(null, lawyer, List.of(FIRST), "代理行政诉讼",
                new CopyRequest("第3-7页", "提交法院"), null));
        ledger.approve(e.id(), "刘主任");
        ledger.recordCredentials(e.id(), new LawyerCredentials(true, true, false));
        assertThat(refusal(() -> ledger.sign(e.id(), SignaturePng.drawn()))).contains("尚未查验：律师执业证");
        ledger.recordCredentials(e.id(), new LawyerCredentials(true, true, true));
        assertThat(refusal(() -> ledger.sign(e.id(), SignaturePng.drawn()))).contains("须经档案室负责人批准");
        ledger.approveCopy(e.id(), "档案室王主任");
        assertThat(ledger.sign(e.id(), SignaturePng.drawn()).credentials().complete()).isTrue();
        assertThat(refusal(() -> ledger.recordCredentials(signedConsultation("张某", SECOND).id(),
                LawyerCredentials.NONE))).contains("已签字");
    }

    @Test
    void staffSeeASecondaryVolumeOnceTheirKnowledgeScopeIsRecorded() {
        LedgerEntry e = ledger.register(request(LedgerKind.CONSULTATION, staff("王芳"), SECONDARY));
        ledger.approve(e.id(), "刘主任");
        assertThat(ledger.blockers(e.id())).extracting(LedgerRefusal::key)
                .containsExactly("ledger.refuse.restricted.scope");
        ledger.grantScope(e.id(), "刘主任", "本案承办人");
        assertThat(ledger.sign(e.id(), SignaturePng.drawn()).scope().basis()).isEqualTo("本案承办人");
    }

    @Test
    void aSignatureMustBeAPngWithInk() {
        LedgerEntry e = ledger.register(request(LedgerKind.CONSULTATION, party("张某"), FIRST));
        ledger.approve(e.id(), "刘主任");
        assertThat(refusal(() -> ledger.sign(e.id(), SignaturePng.drawn(true)))).isEqualTo("签字区是空白的：请来访人签名后再确认。");
        assertThat(refusal(() -> ledger.sign(e.id(), "not a picture".getBytes()))).startsWith("签字图片无法读取");
        assertThat(refusal(() -> ledger.sign(e.id(), new byte[0]))).startsWith("还没有签字");
        assertThat(ledger.get(e.id()).signed()).isFalse();
    }

    @Test
    void overdueEntriesAreTheOnesOutPastTheirDueDate() {
        LedgerEntry lent = ledger.register(request(LedgerKind.LENDING, staff("王芳"), FIRST));
        ledger.approve(lent.id(), "刘主任");
        ledger.sign(lent.id(), SignaturePng.drawn());
        LedgerEntry read = signedConsultation("张某", SECOND);
        assertThat(ledger.overdue()).isEmpty();

        clock.move(Duration.ofDays(1));
        assertThat(ledger.overdue()).extracting(LedgerEntry::id).containsExactly(read.id());
        clock.move(Duration.ofDays(14));
        assertThat(ledger.overdue()).extracting(LedgerEntry::id).containsExactly(read.id(), lent.id());
        assertThat(ledger.daysOverdue(ledger.get(lent.id()))).isEqualTo(1);
        assertThat(ledger.search(new LedgerQuery(null, null, null, null, null, true))).hasSize(2);
        ledger.returnByScan(SECOND, 85, null);
        assertThat(ledger.overdue()).extracting(LedgerEntry::id).containsExactly(lent.id());
    }

    @Test
    void theLoanPeriodIsASettingPerCategory() {
        ledger.changeLoanDays(VisitorCategory.INTERNAL_STAFF, 30);
        LedgerEntry lent = ledger.register(request(LedgerKind.LENDING, staff("王芳"), FIRST));
        ledger.approve(lent.id(), "刘主任");
        assertThat(ledger.sign(lent.id(), SignaturePng.drawn()).dueDate()).isEqualTo(LocalDate.of(2024, 4, 14));
        assertThat(ledger.loanPeriods().daysFor(VisitorCategory.INTERNAL_STAFF)).isEqualTo(30);
    }

    @Test
    void searchFindsByPersonFileAndDateRange() {
        LedgerEntry a = ledger.register(request(LedgerKind.CONSULTATION, party("张某"), FIRST));
        clock.move(Duration.ofDays(10));
        LedgerEntry b = ledger.register(request(LedgerKind.LENDING, staff("王芳"), SECOND));
        assertThat(ids(new LedgerQuery(null, "张", null, null, null, false))).containsExactly(a.id());
        assertThat(ids(new LedgerQuery(null, "执法监督处", null, null, null, false))).containsExactly(b.id());
        assertThat(ids(new LedgerQuery(null, null, "第02号", null, null, false))).containsExactly(b.id());
        assertThat(ids(new LedgerQuery(null, null, null, LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 15), false)))
                .containsExactly(a.id());
        assertThat(ids(new LedgerQuery(null, null, null, LocalDate.of(2024, 3, 16), null, false))).containsExactly(b.id());
        assertThat(ids(new LedgerQuery(LedgerKind.LENDING, null, null, null, null, false))).containsExactly(b.id());
        assertThat(b.seq()).as("序号 runs per register").isEqualTo(1);
    }

    @Test
    void theExportedWorkbookOpensAgainWithOneRowPerVolumeAndTheRegistersColumns() throws IOException {
        LedgerEntry lent = ledger.register(request(LedgerKind.LENDING, staff("王芳"), FIRST, SECOND));
        ledger.approve(lent.id(), "刘主任");
        ledger.sign(lent.id(), SignaturePng.drawn());
        ledger.returnByScan(FIRST, 118, "缺第57、58页");
        clock.move(Duration.ofDays(1));
        ledger.register(request(LedgerKind.CONSULTATION, party("张某"), LedgerShelf.MAIN));
        Path xlsx = dir.resolve("导出/登记.xlsx");
        assertThat(ledger.export(LedgerQuery.ALL, xlsx)).isEqualTo(3);
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("借阅查阅登记");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            List<String> heads = new ArrayList<>();
            sheet.getRow(0).forEach(c -> heads.add(c.getStringCellValue()));
            assertThat(heads).isEqualTo(LedgerLines.HEADS);
            Row first = sheet.getRow(1);
            assertThat(text(first, heads, "登记类别")).isEqualTo("借阅");
            assertThat(text(first, heads, "姓名")).isEqualTo("王芳");
            assertThat(text(first, heads, "人员类别")).isEqualTo("内部工作人员");
            assertThat(text(first, heads, "档号")).isEqualTo(FIRST);
            assertThat(text(first, heads, "卷次")).isEqualTo("1/2");
            assertThat(cell(first, heads, "页数").getNumericCellValue()).isEqualTo(120);
            assertThat(cell(first, heads, "清点页数").getNumericCellValue()).isEqualTo(118);
            assertThat(text(first, heads, "归还情况")).isEqualTo("缺第57、58页");
            assertThat(text(first, heads, "审批人")).isEqualTo("刘主任");
            assertThat(cell(first, heads, "应还日期").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 3, 29));
            assertThat(cell(first, heads, "签字时间").getLocalDateTimeCellValue()).isEqualTo(START);
            assertThat(text(first, heads, "状态")).isEqualTo("已归还");
            Row second = sheet.getRow(2);
            assertThat(text(second, heads, "档号")).isEqualTo(SECOND);
            assertThat(text(second, heads, "状态")).isEqualTo("未归还");
            Row third = sheet.getRow(3);
            assertThat(text(third, heads, "登记类别")).isEqualTo("查阅");
            assertThat(text(third, heads, "状态")).isEqualTo("待审批签字");
            assertThat(cell(third, heads, "签字时间")).isNull();
        }
        try (var left = Files.list(xlsx.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("登记.xlsx");
        }
    }

    @Test
    void theRegisterPrintsTheEntriesRowsWithTheVisitorsSignature() throws IOException {
        LedgerEntry e = signedConsultation("张某", FIRST);
        ledger.register(request(LedgerKind.LENDING, staff("王芳"), SECOND)); // the other register
        byte[] pdf = ledger.print(LedgerKind.CONSULTATION, LedgerQuery.ALL);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains("档案查阅登记簿", "张某", "厦门某置业有限公司", "身份证350203198001010011", FIRST,
                    "了解处罚依据", "林晓", "刘主任审批", "起止时间：2024年3月15日").doesNotContain("王芳");
            PDPage page = doc.getPage(0);
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).as("the signature").isNotEmpty()
                    .allSatisfy(i -> assertThat(i.getWidth() + "×" + i.getHeight()).isEqualTo("300×120"));
        }
        assertThat(e.signed()).isTrue();
        Path out = dir.resolve("查阅登记簿.pdf");
        assertThat(ledger.savePrint(LedgerKind.CONSULTATION, LedgerQuery.ALL, out)).isEqualTo(1);
        assertThat(out).exists();
    }

    private LedgerEntry signedConsultation(String name, String number) {
        LedgerEntry e = ledger.register(request(LedgerKind.CONSULTATION, party(name), number));
        ledger.approve(e.id(), "刘主任");
        return ledger.sign(e.id(), SignaturePng.drawn());
    }

    private List<Long> ids(LedgerQuery q) {
        return ledger.search(q).stream().map(LedgerEntry::id).toList();
    }

    private String refusal(Runnable action) {
        return zh.text(catchThrowableOfType(AnjuanException.class, action::run));
    }

    private static Cell cell(Row row, List<String> heads, String head) {
        return row.getCell(heads.indexOf(head));
    }

    private static String text(Row row, List<String> heads, String head) {
        Cell c = cell(row, heads, head);
        assertThat(c.getCellType()).isEqualTo(CellType.STRING);
        return c.getStringCellValue();
    }

    private static LedgerRequest request(LedgerKind kind, Visitor v, String... numbers) {
        return new LedgerRequest(kind, v, List.of(numbers), kind == LedgerKind.LENDING ? "案件评查" : "了解处罚依据", null,
                null);
    }

    private static Visitor party(String name) {
        return new Visitor(name, "厦门某置业有限公司", VisitorCategory.PARTY, "身份证", "350203198001010011", "13905920001");
    }

    private static Visitor staff(String name) {
        return new Visitor(name, "执法监督处", VisitorCategory.INTERNAL_STAFF, "工作证", "XG-017", "0592-5551234");
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(LocalDateTime start) {
            this.now = start.atZone(ZoneId.systemDefault()).toInstant();
        }

        void move(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
