package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.anjuan.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The visitor's signing screen, headless: full screen, the entry read-only, sign and confirm, or leave with Esc. */
@ExtendWith(ApplicationExtension.class)
class VisitorScreenTest {

    private static final SigningSheet SHEET = new SigningSheet("档案查阅登记", List.of(
            new SigningSheet.Line("查阅人", "张某（厦门某置业有限公司）"),
            new SigningSheet.Line("档案", "2023年厦国动罚字第01号"),
            new SigningSheet.Line("目的", "核对处罚决定书")), "本人已阅读查阅须知，确认以上内容属实。");

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(new Label("登记窗口")), 600, 400));
        stage.show();
    }

    @AfterEach
    void forgetTheDrawing(FxRobot robot) {
        MonocleMouse.forgetDrag(robot);
    }

    @Test
    void theVisitorReadsTheEntrySignsAndConfirms(FxRobot robot) throws Exception {
        AtomicReference<byte[]> signed = new AtomicReference<>();
        AtomicBoolean left = new AtomicBoolean();
        VisitorScreen screen = open(robot, signed, left);

        assertThat(((Stage) robot.lookup("#visitorScreen").query().getScene().getWindow()).isFullScreen()).isTrue();
        assertThat(robot.lookup(".visitor-value").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("张某（厦门某置业有限公司）", "2023年厦国动罚字第01号", "核对处罚决定书");
        assertThat(robot.lookup("#visitorState").queryAs(Label.class).getText()).isEqualTo("尚未签名");
        Button confirm = robot.lookup("#visitorConfirm").queryButton();
        assertThat(confirm.isDisabled()).isTrue();
        // nothing of the clerk's: the only buttons are 重签 and 确认签名
        assertThat(robot.lookup("#visitorScreen .button").queryAllAs(Button.class)).extracting(Button::getText)
                .containsExactlyInAnyOrder("重签", "确认签名");

        sign(robot, screen);
        assertThat(robot.lookup("#visitorState").queryAs(Label.class).getText()).startsWith("已签名");
        robot.clickOn("#visitorAgain");
        assertThat(confirm.isDisabled()).as("重签 empties the pad").isTrue();
        sign(robot, screen);
        robot.clickOn("#visitorConfirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(screen.isShowing()).isFalse();
        assertThat(left).isFalse();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(signed.get()));
        assertThat(SignatureImageTest.inkPixels(image)).isGreaterThan(1000);
        assertThat(image.getRGB(0, 0) >>> 24).as("kept on a transparent ground").isZero();
    }

    @Test
    void escapeLeavesWithoutSigning(FxRobot robot) {
        AtomicReference<byte[]> signed = new AtomicReference<>();
        AtomicBoolean left = new AtomicBoolean();
        VisitorScreen screen = open(robot, signed, left);
        sign(robot, screen);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.isShowing()).isFalse();
        assertThat(left).isTrue();
        assertThat(signed.get()).isNull();
    }

    private VisitorScreen open(FxRobot robot, AtomicReference<byte[]> signed, AtomicBoolean left) {
        AtomicReference<VisitorScreen> screen = new AtomicReference<>();
        robot.interact(() -> screen.set(VisitorScreen.show(SHEET, Messages.chinese(), owner, signed::set,
                () -> left.set(true))));
        WaitForAsyncUtils.waitForFxEvents();
        return screen.get();
    }

    private static void sign(FxRobot robot, VisitorScreen screen) {
        Node pad = screen.pad();
        Point2D o = pad.localToScreen(pad.getLayoutBounds().getMinX(), pad.getLayoutBounds().getMinY());
        SignaturePadTest.drag(robot, o.add(100, 120), o.add(180, 80), o.add(260, 140), o.add(340, 90));
        SignaturePadTest.drag(robot, o.add(200, 60), o.add(210, 170));
    }
}
