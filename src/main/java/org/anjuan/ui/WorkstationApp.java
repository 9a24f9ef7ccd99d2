package org.anjuan.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.stage.Stage;
import org.anjuan.app.InstallationSettings;

/**
 * The JavaFX application behind {@link Workstation}. JavaFX constructs it itself, so the installation settings
 * arrive through a one-time handoff set just before launch.
 */
public final class WorkstationApp extends Application {

    private static volatile InstallationSettings handoff;

    private ExecutorService background;
    private Workbench workbench;

    static void launch(InstallationSettings settings) {
        handoff = Objects.requireNonNull(settings, "settings");
        Application.launch(WorkstationApp.class);
    }

    @Override
    public void start(Stage stage) {
        InstallationSettings settings = Objects.requireNonNull(handoff, "launch through Workstation.launch");
        // JavaFX's own texts (text-field menus, "show details") follow the installation's language too
        Locale.setDefault(settings.locale());
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "anjuan-background");
            t.setDaemon(true);
            return t;
        });
        workbench = Workbench.show(stage, settings, background);
        workbench.keepDailyBackups();
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
    }
}
