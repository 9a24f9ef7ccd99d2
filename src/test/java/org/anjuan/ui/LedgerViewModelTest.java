package org.anjuan.ui;

import static org.anjuan.ui.FakeLedgerDesk.FIRST;
import static org.anjuan.ui.FakeLedgerDesk.SECONDARY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerStatus;
import org.anjuan.domain.VisitorCategory;
import org.anjuan.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 档案利用登记 window's view models without a toolkit: a fake register, answers instead of dialogs. */
class LedgerViewModelTest {

    private final FakeLedgerDesk desk = new FakeLedgerDesk();
    private final PrintAnswers printAnswers = new PrintAnswers();
    private final Answers answers = new Answers();
    private final List<String> errors = new ArrayList<>();
    private LedgerViewModel vm;

    /** The window's questions answered in place: a file for the export, a signature or a visitor who leaves. */
    static final class Answers implements LedgerQuestions {
        Path file;
        byte[] signature;
        SigningSheet shown;

        @Override
        public Optional<Path> exportFile(String suggestedName) {
            return Optional.ofNullable(file);
        }

        @Override
        public void sign(SigningSheet sheet, Consumer<byte[]> onSigned, Runnable onLeft) {
            shown = sheet;
            if (signature == null) {
                onLeft.run();
            } else {
                onSigned.accept(signature);
            }
        }
    }

    @BeforeEach
    void open() {
        vm = new LedgerViewModel(BackgroundTasks.sameThread(), Messages.chinese(),
                (header, message, e) -> errors.add(header + ": " + message), printAnswers);
        vm.connect(desk);
        vm.setQuestions(answers);
        vm.open(false);
    }

    @Test
    void aScanWhileTheFormShowsAddsTheVolumeAndRegisteringOpensTheNewEntry() {
        assertThat(vm.sideProperty().get()).isEqualTo(LedgerViewModel.Side.FORM);
        vm.scanned(FIRST + "\r");
        vm.scanned(FIRST);
        assertThat(vm.form().files()).extracting(v -> v.archiveNumber()).containsExactly(FIRST);
        assertThat(vm.messageProperty().get()).isEqualTo(FIRST + " 已在本次登记中，不必重复添加。");
        assertThat(vm.refusedProperty().get()).isTrue();

        fill("张某", "了解处罚依据");
        vm.form().register();

        assertThat(desk.calls).contains("register 查阅 张某 [" + FIRST + "]");
        assertThat(vm.messageProperty().get()).isEqualTo("已登记：查阅第 1 号，张某。审批后请访客签名。");
        assertThat(vm.refusedProperty().get()).isFalse();
        assertThat(vm.sideProperty().get()).isEqualTo(LedgerViewModel.Side.ENTRY);
        assertThat(vm.rows()).extracting(LedgerEntryRow::number).containsExactly("查阅 1");
        assertThat(vm.entry().blockers()).containsExactly(
                "当事人查阅档案须填写登记并经批准（第十八条）：请先记录审批人，再请来访人签字。");
        assertThat(vm.entry().signDisabled().get()).isTrue();
        assertThat(vm.form().nameProperty().get()).as("the form is empty for the next visitor").isEmpty();
        assertThat(vm.form().files()).isEmpty();
    }

    @Test
    void approvedTheVisitorSignsOnTheirScreenAndTheVolumesGoOut() {
        registerParty();
        vm.entry().approverProperty().set("刘主任");
        vm.entry().approve();
        assertThat(vm.entry().blockers()).isEmpty();
        assertThat(vm.entry().signDisabled().get()).isFalse();

        answers.signature = SignatureImage.png(strokes(), SignatureImage.Ground.TRANSPARENT);
        vm.entry().requestSignature();

        assertThat(answers.shown.heading()).isEqualTo("档案查阅登记 — 请核对后签名");
        assertThat(answers.shown.lines()).extracting(SigningSheet.Line::name, SigningSheet.Line::value).contains(
                org.assertj.core.groups.Tuple.tuple("姓名", "张某（当事人）"),
                org.assertj.core.groups.Tuple.tuple("档案", FIRST
                        + " 第1卷 共2卷 厦门某置业有限公司未按规定修建防空地下室案（120 页）"),
                org.assertj.core.groups.Tuple.tuple("应还日期", "2024年3月15日（在档案室内查阅，当日交还）"));
        assertThat(desk.calls).anyMatch(c -> c.startsWith("sign 1 "));
        LedgerEntry e = vm.entry().entryProperty().get();
        assertThat(e.status()).isEqualTo(LedgerStatus.OUT);
        assertThat(vm.entry().signatureProperty().get()).isEqualTo(answers.signature);
        assertThat(vm.entry().editable().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("张某 已签名，1 卷档案已交付，应还日期 2024年3月15日。");
    }

    @Test
    void aVisitorWhoLeavesWithoutSigningChangesNothing() {
        registerParty();
        vm.entry().approverProperty().set("刘主任");
        vm.entry().approve();
        vm.entry().requestSignature();
        assertThat(desk.calls).noneMatch(c -> c.startsWith("sign"));
        assertThat(vm.entry().signingProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("访客未签名就离开了，登记没有改变。");
    }

    @Test
    void aScannedCoverOpensItsEntryAndACountThatDiffersNeedsTheCondition() {
        registerParty();
        vm.entry().approverProperty().set("刘主任");
        vm.entry().approve();
        answers.signature = SignatureImage.png(strokes(), SignatureImage.Ground.TRANSPARENT);
        vm.entry().requestSignature();
        vm.newEntry();
        vm.entry().cancelReturn();
        vm.selectedProperty().set(null);
        vm.sideProperty().set(LedgerViewModel.Side.ENTRY);

        vm.scanned(FIRST);

        assertThat(vm.selectedProperty().get().id()).isEqualTo(1);
        assertThat(vm.entry().returningProperty().get().expectedPages()).isEqualTo(120);
        assertThat(vm.messageProperty().get()).isEqualTo(
                "扫描到 " + FIRST + "：张某的查阅登记第 1 号。该卷应有 120 页，请当面清点页数。");
        assertThat(vm.entry().returnDisabled().get()).as("nothing counted yet").isTrue();
        vm.entry().returnCountProperty().set("118");
        assertThat(vm.entry().countDiffers().get()).isTrue();
        assertThat(vm.entry().returnDisabled().get()).isTrue();
        vm.entry().returnConditionProperty().set("缺第15、16页");
        assertThat(vm.entry().returnDisabled().get()).isFalse();
        vm.entry().confirmReturn();

        assertThat(desk.calls).contains("return 1 " + FIRST + " 118 缺第15、16页");
        assertThat(vm.entry().entryProperty().get().status()).isEqualTo(LedgerStatus.RETURNED);
        assertThat(vm.entry().returningProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo(FIRST + " 已归还：清点 118 页，缺第15、16页。");

        vm.scanned(FIRST);
        assertThat(vm.messageProperty().get()).isEqualTo("案卷 " + FIRST + " 现在没有借出或在查阅中，无需归还。");
        assertThat(vm.refusedProperty().get()).isTrue();
    }

    @Test
    void refusalsComeBackInChineseAndTheFormKeepsWhatWasTyped() {
        vm.form().categoryProperty().set(VisitorCategory.PARTY);
        vm.form().kindProperty().set(LedgerKind.LENDING);
        vm.scanned(FIRST);
        fill("张某", "复印证据");
        vm.form().register();
        assertThat(vm.messageProperty().get()).isEqualTo(
                "借阅（把案卷带出档案室）只限内部工作人员（第十九条）；当事人经批准后在档案室内查阅。请改为“查阅”登记。");
        assertThat(vm.refusedProperty().get()).isTrue();
        assertThat(vm.form().nameProperty().get()).isEqualTo("张某");
        assertThat(vm.form().files()).hasSize(1);

        vm.scanned("2099年不存在的档号");
        assertThat(vm.messageProperty().get()).startsWith("找不到档号为“2099年不存在的档号”的已装订案卷");
    }

    @Test
    void aLawyersPapersAreRecordedWithTheEntryAndThoseNotSeenStopTheSignature() {
        vm.form().categoryProperty().set(VisitorCategory.LAWYER);
        assertThat(vm.form().lawyer().get()).isTrue();
        vm.scanned(FIRST);
        fill("陈律师", "代理诉讼");
        vm.form().licenceProperty().set(true);
        vm.form().register();
        assertThat(desk.calls).contains("credentials 1 [授权委托书, 律师事务所函]");
        vm.entry().approverProperty().set("刘主任");
        vm.entry().approve();
        assertThat(vm.entry().blockers()).containsExactly("律师查阅须出示授权委托书、律师事务所函和律师执业证，逐项查验登记；"
                + "尚未查验：授权委托书、律师事务所函。请查验后记录，再请律师签字。");
        assertThat(vm.entry().authorisationProperty().get()).isFalse();
        assertThat(vm.entry().licenceProperty().get()).as("what was seen shows ticked").isTrue();

        vm.entry().authorisationProperty().set(true);
        vm.entry().firmLetterProperty().set(true);
        vm.entry().recordCredentials();
        assertThat(vm.entry().blockers()).isEmpty();
    }

    @Test
    void aRestrictedVolumeForStaffWaitsForTheScopeConfirmationAndACopyForItsApproval() {
        vm.form().categoryProperty().set(VisitorCategory.INTERNAL_STAFF);
        vm.form().kindProperty().set(LedgerKind.LENDING);
        vm.scanned(SECONDARY);
        fill("王芳", "复查");
        vm.form().copyPagesProperty().set("第3-5页");
        vm.form().copyPurposeProperty().set("附卷");
        vm.form().register();
        assertThat(vm.entry().restricted().get()).isTrue();
        assertThat(vm.entry().copyAsked().get()).isTrue();
        vm.entry().approverProperty().set("陈局长");
        vm.entry().approve();
        assertThat(vm.entry().blockers()).hasSize(2);
        vm.entry().copyApproverProperty().set("林科长");
        vm.entry().approveCopy();
        vm.entry().scopeByProperty().set("陈局长");
        vm.entry().scopeBasisProperty().set("案件复查承办人");
        vm.entry().grantScope();
        assertThat(vm.entry().blockers()).isEmpty();
        assertThat(desk.calls).contains("approveCopy 1 林科长", "scope 1 陈局长 案件复查承办人");
    }

    @Test
    void filtersFindOverdueEntriesAndAWrongDateRangeIsRefused() {
        registerParty();
        vm.entry().approverProperty().set("刘主任");
        vm.entry().approve();
        answers.signature = SignatureImage.png(strokes(), SignatureImage.Ground.TRANSPARENT);
        vm.entry().requestSignature();
        desk.today = LocalDate.of(2024, 3, 18);

        vm.overdueOnlyProperty().set(true);
        vm.search();
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.rows().get(0).daysOverdue()).isEqualTo(3);
        assertThat(new LedgerText(Messages.chinese()).status(vm.rows().get(0))).isEqualTo("逾期 3 天");
        assertThat(vm.count().get()).isEqualTo("共 1 条登记，逾期未还 1 条");

        vm.personProperty().set("李");
        vm.search();
        assertThat(vm.rows()).isEmpty();

        vm.fromProperty().set(LocalDate.of(2024, 3, 2));
        vm.toProperty().set(LocalDate.of(2024, 3, 1));
        int before = desk.calls.size();
        vm.search();
        assertThat(desk.calls).hasSize(before);
        assertThat(vm.refusedProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("2024年3月2日", "2024年3月1日");
    }

    @Test
    void theRegisterIsExportedAndPrintedWhereTheClerkSays() {
        registerParty();
        answers.file = Path.of("/tmp/登记.xlsx");
        vm.export();
        assertThat(desk.exported).isEqualTo(answers.file);
        assertThat(vm.messageProperty().get()).isEqualTo("已导出 1 行：/tmp/登记.xlsx");

        printAnswers.printer = new PrintQuestions.PrinterChoice("档案室打印机", 2);
        vm.print(LedgerKind.CONSULTATION);
        assertThat(printAnswers.asked).containsExactly("printer [档案室打印机]: 档案查阅登记簿");
        assertThat(desk.calls).contains("print 查阅", "sendToPrinter 档案室打印机 档案查阅登记簿 ×2");
        assertThat(vm.messageProperty().get()).isEqualTo("档案查阅登记簿已送往打印机：档案室打印机。");

        printAnswers.file = Path.of("/tmp/借阅.pdf");
        vm.savePdf(LedgerKind.LENDING);
        assertThat(desk.calls).contains("savePrint 借阅 借阅.pdf");
        assertThat(vm.messageProperty().get()).isEqualTo("档案借阅登记簿已保存（2 页）：/tmp/借阅.pdf");
        assertThat(errors).isEmpty();
    }

    private void registerParty() {
        vm.scanned(FIRST);
        fill("张某", "了解处罚依据");
        vm.form().register();
    }

    private void fill(String name, String purpose) {
        vm.form().nameProperty().set(name);
        vm.form().purposeProperty().set(purpose);
    }

    private static SignatureStrokes strokes() {
        SignatureStrokes ink = new SignatureStrokes();
        SignatureImageTest.stroke(ink, 10, 40, 200, 60);
        SignatureImageTest.stroke(ink, 90, 10, 100, 90);
        return ink;
    }
}
