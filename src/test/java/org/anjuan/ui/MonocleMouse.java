package org.anjuan.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.testfx.api.FxRobot;

/**
 * Works around a Monocle quirk for the tests that draw signatures with the robot. A plain press-and-drag (no
 * drag-and-drop) makes Monocle remember the window it happened in, and only a finished drag-and-drop forgets it; a
 * later test's drag-and-drop in another window then starts by "leaving" the remembered one and fails inside
 * Monocle. Forgetting it after such a test keeps the tests independent. Does nothing on a real display.
 */
final class MonocleMouse {

    private MonocleMouse() {
    }

    static void forgetDrag(FxRobot robot) {
        robot.interact(() -> {
            try {
                Class<?> input = Class.forName("com.sun.glass.ui.monocle.MouseInput");
                Method instance = input.getDeclaredMethod("getInstance");
                instance.setAccessible(true);
                Field view = input.getDeclaredField("dragView");
                view.setAccessible(true);
                view.set(instance.invoke(null), null);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // not Monocle: nothing is remembered
            }
        });
    }
}
