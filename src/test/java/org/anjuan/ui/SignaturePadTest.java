package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.anjuan.domain.AnjuanException;
import org.anjuan.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The signing pad, headless: mouse strokes become a signature, 清除 empties it, a blank pad refuses to export. */
@ExtendWith(ApplicationExtension.class)
class SignaturePadTest {

    private SignaturePad pad;

    @Start
    void start(Stage stage) {
        pad = new SignaturePad(Messages.chinese());
        stage.setScene(new Scene(new StackPane(pad), 760, 300));
        stage.show();
    }

    @AfterEach
    void forgetTheDrawing(FxRobot robot) {
        MonocleMouse.forgetDrag(robot);
    }

    @Test
    void strokesDrawnWithTheMouseAreExportedAsASignature(FxRobot robot) throws Exception {
        assertThat(pad.isSigned()).isFalse();
        assertThat(robot.lookup("#signatureHint").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#signatureClear").queryAs(Button.class).isDisabled()).isTrue();
        assertThatThrownBy(() -> pad.png(SignatureImage.Ground.WHITE)).isInstanceOf(AnjuanException.class);

        Point2D origin = pad.localToScreen(0, 0);
        drag(robot, origin.add(120, 150), origin.add(200, 110), origin.add(280, 170), origin.add(360, 120));
        drag(robot, origin.add(240, 90), origin.add(250, 200));

        assertThat(pad.isSigned()).isTrue();
        assertThat(robot.lookup("#signatureHint").queryAs(Label.class).isVisible()).isFalse();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(pad.png(SignatureImage.Ground.WHITE)));
        // the ink spans about 240 × 110 pad units; cropped with its margin at three times the resolution
        assertThat(image.getWidth()).isBetween(3 * 240, 3 * 280);
        assertThat(image.getHeight()).isBetween(3 * 110, 3 * 150);
        assertThat(SignatureImageTest.inkPixels(image)).isGreaterThan(2000);

        robot.clickOn("#signatureClear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pad.isSigned()).isFalse();
        assertThatThrownBy(() -> pad.png(SignatureImage.Ground.WHITE)).isInstanceOf(AnjuanException.class);
    }

    /** Presses at the first point, moves through the others in small steps, releases. */
    static void drag(FxRobot robot, Point2D... points) {
        robot.moveTo(points[0]);
        robot.press(MouseButton.PRIMARY);
        for (int i = 1; i < points.length; i++) {
            Point2D from = points[i - 1];
            Point2D to = points[i];
            for (int step = 1; step <= 6; step++) {
                robot.moveTo(from.add(to.subtract(from).multiply(step / 6.0)));
            }
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
