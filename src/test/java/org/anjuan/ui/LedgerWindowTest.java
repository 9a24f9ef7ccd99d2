package org.anjuan.ui;

import static org.anjuan.store.LedgerShelf.FIRST;
import static org.anjuan.store.LedgerShelf.FIRST_PAGES;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.anjuan.app.AppContext;
import org.anjuan.app.InstallationSettings;
import org.anjuan.app.LedgerRequest;
import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerStatus;
import org.anjuan.domain.Visitor;
import org.anjuan.domain.VisitorCategory;
import org.anjuan.domain.LawyerCredentials;
import org.anjuan.report.SignaturePng;
import org.anjuan.store.Database;
import org.anjuan.store.LedgerShelf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 档案利用登记 window in the real workstation, headless, on a fresh database with bound volumes: a whole
 * consultation (register → approve → the visitor signs on the visitor's screen → return by scanning the cover and
 * counting the pages), and the register's refusals shown in Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class LedgerWindowTest {

    @TempDir
    Path tmp;

    private ExecutorService background;
    private Workbench workbench;
    private InstallationSettings settings;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        settings = new InstallationSettings(tmp, tmp.resolve("db"), Locale.SIMPLIFIED_CHINESE, "林晓");
        try (Database db = Database.openFile(settings.database())) {
            LedgerShelf.fill(db);
        }
        background = Executors.newSingleThreadExecutor();
        workbench = Workbench.show(stage, settings, background, new PrintAnswers());
    }

    /** The ledger window (owned by the main stage, which the next test reuses) goes, or it would cover that test. */
    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != main).forEach(Window::hide));
        MonocleMouse.forgetDrag(robot);
        workbench.close();
        background.shutdownNow();
    }

    @Test
    void aWholeConsultationIsRegisteredApprovedSignedAndReturnedByScanningTheCover(FxRobot robot) throws Exception {
        idle();
        robot.clickOn("#ledgerMenu").clickOn("档案利用登记…");
        idle();

        // 新登记: a party consults the first volume; its cover is scanned into the form
        robot.clickOn("#ledgerName").write("张某");
        robot.clickOn("#ledgerUnit").write("厦门某置业有限公司");
        robot.interact(() -> robot.lookup("#ledgerIdType").<ComboBox<String>>query().setValue("身份证"));
        robot.clickOn("#ledgerIdNumber").write("350203198001011234");
        robot.clickOn("#ledgerPhone").write("13800000000");
        robot.clickOn("#ledgerScanField").write(FIRST).type(KeyCode.ENTER);
        idle();
        assertThat(robot.lookup("#ledgerFormFiles .list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .extracting(c -> (String) c.getText()).filteredOn(t -> t != null)
                .containsExactly(FIRST + " 第1卷 共2卷 厦门某置业有限公司未按规定修建防空地下室案（120 页）");
        robot.clickOn("#ledgerPurpose").write("了解处罚依据");
        robot.clickOn("#ledgerRegisterButton");
        idle();

        assertThat(message(robot)).isEqualTo("已登记：查阅第 1 号，张某。审批后请访客签名。");
        assertThat(text(robot, "#ledgerEntryHeading")).isEqualTo("查阅登记第 1 号 — 张某（待审批签字）");
        assertThat(text(robot, "#ledgerBlockers"))
                .isEqualTo("• 当事人查阅档案须填写登记并经批准（第十八条）：请先记录审批人，再请来访人签字。");
        assertThat(robot.lookup("#ledgerSignButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#ledgerApprover").write("刘主任");
        robot.clickOn("#ledgerApproveButton");
        idle();
        assertThat(robot.lookup("#ledgerBlockerBox").query().isVisible()).isFalse();
        assertThat(robot.lookup("#ledgerSignButton").queryButton().isDisabled()).isFalse();

        // the visitor reads the entry on the visitor's screen and signs with the mouse
        robot.clickOn("#ledgerSignButton");
        idle();
        Node pad = robot.lookup("#signaturePad").query();
        assertThat(((Stage) pad.getScene().getWindow()).isFullScreen()).isTrue();
        assertThat(robot.lookup(".visitor-value").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("张某（当事人）", "了解处罚依据");
        assertThat(robot.lookup("#visitorScreen .button").queryAllAs(Button.class)).extracting(Button::getText)
                .containsExactlyInAnyOrder("重签", "确认签名");
        Point2D o = pad.localToScreen(0, 0);
        SignaturePadTest.drag(robot, o.add(120, 130), o.add(200, 90), o.add(280, 150), o.add(380, 100));
        SignaturePadTest.drag(robot, o.add(230, 70), o.add(240, 180));
        screenshot(robot, "#visitorScreen", "ledger-visitor.png");
        robot.clickOn("#visitorConfirm");
        idle();
        assertThat(text(robot, "#ledgerEntryHeading")).isEqualTo("查阅登记第 1 号 — 张某（未归还）");
        assertThat(robot.lookup("#ledgerSignature").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#ledgerSignButton").query().isVisible()).as("a signed entry is closed").isFalse();
        screenshot(robot, "#ledgerWindow", "ledger.png");

        // the cover is scanned at the desk: the entry opens for its return; a short count needs the condition
        robot.clickOn("#ledgerScanField").write(FIRST).type(KeyCode.ENTER);
        idle();
        assertThat(text(robot, "#ledgerReturnExpected")).isEqualTo(
                "扫描到 " + FIRST + "：张某的查阅登记第 1 号。该卷应有 120 页，请当面清点页数。");
        robot.clickOn("#ledgerReturnCount").write("118");
        assertThat(robot.lookup("#ledgerReturnMismatch").query().isVisible()).isTrue();
        assertThat(robot.lookup("#ledgerReturnButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#ledgerReturnCount").type(KeyCode.END).eraseText(3).write(Integer.toString(FIRST_PAGES));
        assertThat(robot.lookup("#ledgerReturnMismatch").query().isVisible()).isFalse();
        robot.clickOn("#ledgerReturnButton");
        idle();

        assertThat(message(robot)).isEqualTo(FIRST + " 已归还：清点 120 页，完好。");
        assertThat(text(robot, "#ledgerEntryHeading")).isEqualTo("查阅登记第 1 号 — 张某（已归还）");
        TableView<LedgerEntryRow> table = robot.lookup("#ledgerTable").queryTableView();
        assertThat(table.getItems()).extracting(r -> r.entry().status()).containsExactly(LedgerStatus.RETURNED);
        try (AppContext context = AppContext.open(settings)) {
            LedgerEntry stored = context.ledger().search(null).get(0);
            assertThat(stored.status()).isEqualTo(LedgerStatus.RETURNED);
            assertThat(stored.approval().by()).isEqualTo("刘主任");
            assertThat(stored.files().get(0).pagesCounted()).isEqualTo(FIRST_PAGES);
            BufferedImage signature = ImageIO.read(new ByteArrayInputStream(stored.signature().png()));
            assertThat(SignatureImageTest.inkPixels(signature)).as("the drawn signature is kept").isGreaterThan(1000);
        }
    }

    @Test
    void theRegistersRefusalsAreShownInChinese(FxRobot robot) throws Exception {
        // the first volume is out with a member of staff
        try (AppContext context = AppContext.open(settings)) {
            LedgerEntry out = context.ledger().register(new LedgerRequest(LedgerKind.LENDING, new Visitor("王芳",
                    "执法监督处", VisitorCategory.INTERNAL_STAFF, "工作证", "0012", null), List.of(FIRST), "复查",
                    null, null));
            context.ledger().approve(out.id(), "陈局长");
            context.ledger().sign(out.id(), SignaturePng.drawn());
        }
        idle();
        robot.clickOn("#ledgerMenu").clickOn("档案利用登记…");
        idle();

        // a lawyer asks to take the file out: only staff may
        robot.interact(() -> robot.lookup("#ledgerCategory").<ComboBox<VisitorCategory>>query()
                .setValue(VisitorCategory.LAWYER));
        robot.clickOn("#ledgerKindLend");
        robot.clickOn("#ledgerName").write("陈律师");
        robot.clickOn("#ledgerFormFile").write(FIRST).type(KeyCode.ENTER);
        idle();
        robot.clickOn("#ledgerPurpose").write("代理行政诉讼");
        robot.clickOn("#ledgerFormLicence");
        robot.clickOn("#ledgerRegisterButton");
        idle();
        assertThat(message(robot)).isEqualTo(
                "借阅（把案卷带出档案室）只限内部工作人员（第十九条）；律师经批准后在档案室内查阅。请改为“查阅”登记。");
        assertThat(robot.lookup("#ledgerMessage").query().getPseudoClassStates()).extracting(Object::toString)
                .contains("refused");
        assertThat(robot.lookup("#ledgerName").queryTextInputControl().getText()).as("nothing typed is lost")
                .isEqualTo("陈律师");

        // as a consultation it registers, but the papers not seen and the volume out still stop the signature
        robot.clickOn("#ledgerKindConsult");
        robot.clickOn("#ledgerRegisterButton");
        idle();
        robot.clickOn("#ledgerApprover").write("刘主任");
        robot.clickOn("#ledgerApproveButton");
        idle();
        assertThat(text(robot, "#ledgerBlockers")).isEqualTo(
                "• 律师查阅须出示授权委托书、律师事务所函和律师执业证，逐项查验登记；尚未查验：授权委托书、律师事务所函。请查验后记录，再请律师签字。\n"
                + "• 案卷 " + FIRST + " 已由 王芳 借阅（第 1 号登记，"
                + robot.lookup("#ledgerTable").<TableView<LedgerEntryRow>>query().getItems().get(0).entry()
                        .handedOutAt().format(java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm"))
                + " 交付）尚未归还，不能再次交付。请待其归还后再办理。");
        assertThat(robot.lookup("#ledgerSignButton").queryButton().isDisabled()).isTrue();

        // the clerk sees the other two papers: only the volume being out remains
        robot.clickOn("#ledgerAuthorisation");
        robot.clickOn("#ledgerFirmLetter");
        robot.clickOn("#ledgerCredentialsButton");
        idle();
        assertThat(text(robot, "#ledgerBlockers")).startsWith("• 案卷 " + FIRST + " 已由 王芳 借阅").doesNotContain("律师");

        // a date range the wrong way round is refused before anything is read
        robot.interact(() -> {
            workbench.viewModel().ledger().fromProperty().set(java.time.LocalDate.of(2024, 3, 2));
            workbench.viewModel().ledger().toProperty().set(java.time.LocalDate.of(2024, 3, 1));
        });
        robot.clickOn("#ledgerSearchButton");
        idle();
        assertThat(message(robot)).contains("2024年3月2日").contains("2024年3月1日");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String message(FxRobot robot) {
        return text(robot, "#ledgerMessage");
    }

    /**
     * What the screen shows of a window (decorations and all under a real display such as Xvfb), for the README,
     * when asked for with -Dledger.screenshots=DIR.
     */
    private static void screenshot(FxRobot robot, String root, String name) {
        String dir = System.getProperty("ledger.screenshots");
        if (dir == null) {
            return;
        }
        Window window = robot.lookup(root).query().getScene().getWindow();
        javafx.scene.image.Image shot = robot.capture(new javafx.geometry.Rectangle2D(window.getX(), window.getY(),
                window.getWidth(), window.getHeight())).getImage();
        try {
            Path out = Files.createDirectories(Path.of(dir)).resolve(name);
            ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", out.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void idle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !workbench.viewModel().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
