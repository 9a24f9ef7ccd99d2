package org.anjuan.ui;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.anjuan.app.AppContext;
import org.anjuan.app.BackupService;
import org.anjuan.app.InstallationSettings;
import org.anjuan.i18n.Messages;

/**
 * The composition root of the window: builds the view model and the main window on a stage, shows it at once,
 * then opens the application layer in the background. The application and the TestFX test both start here.
 */
public final class Workbench implements AutoCloseable {

    private final MainViewModel viewModel;
    private AppContext context;
    private boolean closed;
    private boolean daily;
    private boolean dailyStarted;

    private Workbench(MainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Shows the main window on {@code stage}; call on the FX thread. Work runs on {@code background}. */
    public static Workbench show(Stage stage, InstallationSettings settings, Executor background) {
        return show(stage, settings, background, new FxPrintQuestions(new Messages(settings.locale())));
    }

    /** As {@link #show(Stage, InstallationSettings, Executor)}, with the print centre's questions answered by tests. */
    public static Workbench show(Stage stage, InstallationSettings settings, Executor background,
                                 PrintQuestions questions) {
        Messages messages = new Messages(settings.locale());
        MainViewModel viewModel = new MainViewModel(new BackgroundTasks(background, Platform::runLater), messages,
                new FxErrorDialog(stage, messages), questions, LocalDate::now);
        Scene scene = new Scene(MainWindow.load(viewModel, messages), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(Workbench.class.getResource("anjuan.css")).toExternalForm());
        stage.setTitle(messages.text("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
        Workbench workbench = new Workbench(viewModel);
        Callable<CaseRegister> opener = () -> CaseRegister.of(workbench.keep(AppContext.open(settings)));
        viewModel.connect(opener);
        viewModel.backup().connect(BackupDesk.of(() -> BackupService.forInstallation(settings),
                workbench::closeRegister), viewModel::disconnect, () -> viewModel.connect(opener));
        return workbench;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    private synchronized AppContext keep(AppContext opened) {
        if (closed) {
            opened.close();
            throw new IllegalStateException("window closed while the database was opening");
        }
        context = opened;
        opened.bind().warmUp(); // the clerk's first bind then finds the forms' code loaded and compiled
        if (daily) {
            startDaily();
        }
        return opened;
    }

    /**
     * Takes today's automatic backup (backup.daily) in the background once the register is open; the
     * application asks for it, tests of other windows do not.
     */
    public synchronized void keepDailyBackups() {
        daily = true;
        if (context != null) {
            startDaily();
        }
    }

    private void startDaily() {
        if (!dailyStarted) {
            dailyStarted = true;
            viewModel.backup().daily();
        }
    }

    /** Closes the database before a restore replaces it; the register is opened again afterwards. */
    private synchronized void closeRegister() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** Closes the database, if it was opened. */
    @Override
    public synchronized void close() {
        closed = true;
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
