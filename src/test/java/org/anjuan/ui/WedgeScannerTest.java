package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wedge scanner in a window: the scan field hands over its text on Enter; bursts elsewhere are caught. */
@ExtendWith(ApplicationExtension.class)
class WedgeScannerTest {

    private final List<String> codes = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private TextField scanField;
    private TextField nameField;
    private Button button;
    private Scene scene;

    @Start
    void start(Stage stage) {
        scanField = new TextField();
        scanField.setId("scan");
        nameField = new TextField();
        nameField.setId("name");
        button = new Button("按钮");
        button.setId("button");
        scene = new Scene(new VBox(scanField, nameField, button), 400, 200);
        WedgeScanner.field(scanField, codes::add);
        WedgeScanner.attach(scene, new ScanCollector(), clock::get, codes::add);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theScanFieldHandsOverWhatIsInItOnEnter(FxRobot robot) {
        robot.clickOn("#scan").write("2023年厦国动罚字第01号").type(KeyCode.ENTER);
        assertThat(codes).containsExactly("2023年厦国动罚字第01号");
        assertThat(scanField.getText()).isEmpty();
    }

    @Test
    void aBurstWhileNoTextFieldHasTheFocusIsAScan(FxRobot robot) {
        robot.interact(button::requestFocus);
        burst("2023年厦国动罚字第02号", 5);
        assertThat(codes).containsExactly("2023年厦国动罚字第02号");
        burst("2023年厦国动罚字第03号", 400);
        assertThat(codes).as("typed by hand, slowly").hasSize(1);
    }

    @Test
    void keysTypedIntoAnotherTextFieldAreLeftAlone(FxRobot robot) {
        robot.interact(nameField::requestFocus);
        burst("张某某某", 5);
        assertThat(codes).isEmpty();
    }

    /** Fires the keys a scanner sends, {@code gapMillis} apart on the test's clock, then Enter. */
    private void burst(String code, long gapMillis) {
        for (char ch : code.toCharArray()) {
            clock.addAndGet(gapMillis * 1_000_000L);
            fire(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(ch), "", KeyCode.UNDEFINED, false, false, false,
                    false));
        }
        clock.addAndGet(gapMillis * 1_000_000L);
        fire(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fire(KeyEvent e) {
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(scene.getFocusOwner() == null ? scene.getRoot()
                : scene.getFocusOwner(), e));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
