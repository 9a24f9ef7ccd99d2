package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
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

/** 工具 → 核验审计日志… in the real window, headless: intact after an import, then a line changed with plain SQL. */
@ExtendWith(ApplicationExtension.class)
class AuditWindowTest {

    @TempDir
    Path tmp;

    private ExecutorService background;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        background = Executors.newSingleThreadExecutor();
        workbench = Workbench.show(stage, new InstallationSettings(tmp, tmp.resolve("db"), Locale.SIMPLIFIED_CHINESE,
                "测试档案员"), background);
    }

    @AfterEach
    void close() {
        workbench.close();
        background.shutdownNow();
    }

    @Test
    void theMenuShowsTheVerdictAndATamperedLineIsNamed(FxRobot robot) throws Exception {
        Path cases = new SampleLibrary().materialise(Path.of("samples"), tmp.resolve("cases"));
        idle();
        robot.interact(() -> workbench.viewModel().importFolder(cases.resolve("inspection-2023-shelter-use")));
        idle();

        DialogPane intact = verify(robot);
        assertThat(intact.getHeaderText()).isEqualTo("审计日志完整");
        assertThat(intact.getContentText()).startsWith("审计日志完整：共 1 条记录，逐条核对无误；最后一条是第 1 条");
        robot.interact(() -> intact.getScene().getWindow().hide());

        String url = "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_log SET actor = '他人' WHERE id = 1");
        }
        DialogPane broken = verify(robot);
        assertThat(broken.getHeaderText()).isEqualTo("审计日志已被改动");
        assertThat(broken.getContentText()).contains("审计日志第 1 条记录写入后被改动过").contains("请不要再修改数据库")
                .doesNotContain("之前的 0 条");
        robot.interact(() -> broken.getScene().getWindow().hide());
    }

    private DialogPane verify(FxRobot robot) throws Exception {
        robot.clickOn("工具");
        robot.clickOn("核验审计日志…");
        idle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#auditDialog").tryQuery().isPresent());
        return robot.lookup("#auditDialog").queryAs(DialogPane.class);
    }

    /** Waits until the background work and its results on the FX thread are done. */
    private void idle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !workbench.viewModel().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
