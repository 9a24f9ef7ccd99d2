package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.anjuan.app.InstallationSettings;
import org.anjuan.app.SampleLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 工具 → 备份数据库… / 恢复数据库… in the real window, headless: a backup of a one-case register, a second case
 * imported, then the backup restored after the question: the register shows the one case again. The file
 * choosers are the system's and are left out; the view model is given the file they would return.
 */
@ExtendWith(ApplicationExtension.class)
class BackupWindowTest {

    @TempDir
    Path tmp;

    private ExecutorService background;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        background = Executors.newSingleThreadExecutor();
        workbench = Workbench.show(stage, new InstallationSettings(tmp, tmp.resolve("data/db"),
                Locale.SIMPLIFIED_CHINESE, "测试档案员"), background);
    }

    @AfterEach
    void close() {
        workbench.close();
        background.shutdownNow();
    }

    @Test
    void aBackupIsRestoredAfterTheClerkSaysYesAndTheRegisterShowsIt(FxRobot robot) throws Exception {
        Path cases = new SampleLibrary().materialise(Path.of("samples"), tmp.resolve("cases"));
        idle();
        MenuBar menus = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem backupItem = menus.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "backupMenuItem".equals(i.getId())).findFirst().orElseThrow();
        assertThat(backupItem.getText()).isEqualTo("备份数据库…");
        assertThat(backupItem.getParentMenu().getText()).isEqualTo("工具");
        assertThat(backupItem.isDisable()).isFalse();
        robot.interact(() -> workbench.viewModel().importFolder(cases.resolve("inspection-2023-shelter-use")));
        idle();

        Path file = tmp.resolve("备份/周一.zip");
        robot.interact(() -> workbench.viewModel().backup().backupTo(file));
        DialogPane done = dialog(robot, "#backupReportDialog");
        assertThat(done.getHeaderText()).isEqualTo("数据库已备份");
        assertThat(done.getContentText()).startsWith("已备份到 " + file).contains("案件 1 件");
        assertThat(file).isRegularFile();
        robot.interact(() -> done.getScene().getWindow().hide());

        robot.interact(() -> workbench.viewModel().importFolder(cases.resolve("punishment-simple-2023-dumping")));
        idle();
        assertThat(register(robot).getItems()).hasSize(2);

        robot.interact(() -> workbench.viewModel().backup().restoreFrom(file));
        DialogPane question = dialog(robot, "#restoreConfirmDialog");
        assertThat(question.getHeaderText()).isEqualTo("用此备份替换当前数据库？");
        assertThat(question.getContentText()).contains("备份时间：" + LocalDate.now().getYear() + "年")
                .contains("备份内容：案件 1 件").contains("将替换数据库：" + tmp.resolve("data/db"));
        robot.clickOn(robot.lookup("#restoreConfirmDialog .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("恢复")).findFirst().orElseThrow());

        DialogPane restored = dialog(robot, "#backupReportDialog");
        assertThat(restored.getHeaderText()).isEqualTo("数据库已恢复");
        assertThat(restored.getContentText()).contains("恢复前的数据库已备份到 " + tmp.resolve("data/backups"))
                .contains("审计日志核验完整");
        robot.interact(() -> restored.getScene().getWindow().hide());
        idle();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> register(robot).getItems().size() == 1);
        assertThat(register(robot).getItems()).singleElement()
                .satisfies(row -> assertThat(row.summary().title()).contains("人防"));
        assertThat(backupItem.isDisable()).as("the register is open again").isFalse();
    }

    @Test
    void theDailyBackupIsTakenInTheBackgroundOnceTheRegisterIsOpen(FxRobot robot) throws Exception {
        idle();
        robot.interact(() -> workbench.keepDailyBackups());
        Path today = tmp.resolve("data/backups/db-" + LocalDate.now() + ".zip");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(today));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> workbench.viewModel().statusProperty().get().startsWith("已做今日自动备份"));
        assertThat(workbench.viewModel().statusProperty().get()).isEqualTo("已做今日自动备份：" + today.getFileName());
    }

    private static TableView<RegisterRow> register(FxRobot robot) {
        return robot.lookup("#registerTable").queryTableView();
    }

    private DialogPane dialog(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        return robot.lookup(id).queryAs(DialogPane.class);
    }

    /** Waits until the background work and its results on the FX thread are done. */
    private void idle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !workbench.viewModel().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
