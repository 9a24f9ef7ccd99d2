package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
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
 * The real main window, headless (Monocle), on a fresh H2 file database: import sample case folders through
 * the view model's import command (the one the menu calls after its folder chooser), search, select.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final String SHELTER = "厦门某商业广场人防工程平时使用与维护管理情况检查";

    @TempDir
    Path tmp;

    private ExecutorService background;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        background = Executors.newSingleThreadExecutor();
        InstallationSettings settings = new InstallationSettings(tmp, tmp.resolve("db"), Locale.SIMPLIFIED_CHINESE,
                "测试档案员");
        workbench = Workbench.show(stage, settings, background);
    }

    @AfterEach
    void close() {
        workbench.close();
        background.shutdownNow();
    }

    @Test
    void importSearchAndSelectACase(FxRobot robot) throws Exception {
        Path cases = new SampleLibrary().materialise(Path.of("samples"), tmp.resolve("cases"));
        idle();
        importFolder(robot, cases.resolve("inspection-2023-shelter-use"));
        importFolder(robot, cases.resolve("punishment-general-2023-basement"));
        TableView<RegisterRow> register = robot.lookup("#registerTable").queryTableView();
        assertThat(register.getItems()).hasSize(2);
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).startsWith("已导入");

        robot.clickOn("#registerSearch").write("商业广场");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(register.getItems()).extracting(r -> r.summary().title()).containsExactly(SHELTER);
        // closed 2023-11-28, never numbered: the 30 days of 第四条 are long past
        assertThat(robot.lookup("#registerTable .table-cell.overdue").queryAs(Labeled.class).getText())
                .isEqualTo("2023年12月28日  逾期");

        robot.clickOn(robot.lookup("#registerTable .table-row-cell")
                .match((TableRow<RegisterRow> row) -> row.getItem() != null).queryAs(Node.class));
        assertThat(register.getSelectionModel().getSelectedItem().summary().title()).isEqualTo(SHELTER);
        idle();
        assertThat(robot.lookup("#caseDetails").query().isVisible()).isTrue();
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).isEqualTo(SHELTER);
        assertThat(robot.lookup("#detailSecrecy").queryAs(Label.class).getText()).startsWith("密级：秘密");
        assertThat(robot.lookup("#detailRetention").queryAs(Label.class).getText()).startsWith("30年");
        TableView<MaterialRow> materials = robot.lookup("#materialTable").queryTableView();
        assertThat(materials.getItems()).extracting(MaterialRow::seq).containsExactly(1, 2, 3, 4, 5);
        assertThat(materials.getItems()).extracting(MaterialRow::title).containsExactly("人防工程检查通知书", "现场检查记录",
                "现场照片（防护密闭门、滤毒室、出入口）", "责令限期整改通知书", "整改复查意见书");
        assertThat(materials.getItems().get(0).remark()).isEqualTo("扫描件 01-inspection-notice.pdf");
        assertThat(materials.getItems().get(3).remark()).isEqualTo("纸质");
    }

    @Test
    void aBadFolderIsRefusedInChineseAndTheRegisterStaysAsItWas(FxRobot robot) throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("空文件夹"));
        idle();
        importFolder(robot, empty);
        DialogPane dialog = robot.lookup("#errorDialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("未能导入案件文件夹");
        assertThat(dialog.getContentText()).contains("case.yaml");
        assertThat(dialog.getExpandableContent()).isNotNull();
        assertThat(robot.lookup("#registerTable").queryTableView().getItems()).isEmpty();
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    private void importFolder(FxRobot robot, Path folder) throws Exception {
        robot.interact(() -> workbench.viewModel().importFolder(folder));
        idle();
    }

    /** Waits until the background work and its results on the FX thread are done. */
    private void idle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !workbench.viewModel().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
