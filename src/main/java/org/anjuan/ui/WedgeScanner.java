package org.anjuan.ui;

import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Reads a keyboard-wedge barcode scanner in a window. The scan field takes whatever is in it on Enter (a code typed
 * by hand works too). When no text field has the focus, a filter on the scene collects fast bursts of keys
 * ({@link ScanCollector}) and hands a burst ending in Enter over as a scan, so the clerk need not click into the
 * field first. While a text field has the focus its keys are left alone: the clerk is typing.
 */
public final class WedgeScanner {

    private final ScanCollector collector;
    private final LongSupplier clock;
    private final Consumer<String> onCode;

    private WedgeScanner(ScanCollector collector, LongSupplier clock, Consumer<String> onCode) {
        this.collector = collector;
        this.clock = clock;
        this.onCode = onCode;
    }

    /** The scan field: Enter hands over its text, stripped, and empties it. */
    public static void field(TextField field, Consumer<String> onCode) {
        field.setOnAction(e -> {
            String code = field.getText() == null ? "" : field.getText().strip();
            field.clear();
            if (!code.isEmpty()) {
                onCode.accept(code);
            }
        });
    }

    /** Listens on {@code scene} for bursts typed while no text field has the focus. */
    public static WedgeScanner attach(Scene scene, Consumer<String> onCode) {
        return attach(scene, new ScanCollector(), System::nanoTime, onCode);
    }

    static WedgeScanner attach(Scene scene, ScanCollector collector, LongSupplier clock, Consumer<String> onCode) {
        WedgeScanner scanner = new WedgeScanner(collector, clock, onCode);
        scene.addEventFilter(KeyEvent.KEY_TYPED, scanner.typed(scene));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, scanner.pressed(scene));
        return scanner;
    }

    private EventHandler<KeyEvent> typed(Scene scene) {
        return e -> {
            if (typing(scene)) {
                collector.reset();
            } else {
                collector.typed(e.getCharacter(), clock.getAsLong());
            }
        };
    }

    private EventHandler<KeyEvent> pressed(Scene scene) {
        return e -> {
            if (e.getCode() != KeyCode.ENTER || typing(scene)) {
                return;
            }
            collector.enter(clock.getAsLong()).ifPresent(code -> {
                e.consume();
                onCode.accept(code);
            });
        };
    }

    private static boolean typing(Scene scene) {
        Node focus = scene.getFocusOwner();
        return focus instanceof TextInputControl t && t.isEditable();
    }
}
