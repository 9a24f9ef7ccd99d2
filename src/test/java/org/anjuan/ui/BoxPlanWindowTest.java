package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.anjuan.app.AppContext;
import org.anjuan.app.InstallationSettings;
import org.anjuan.app.SampleLibrary;
import org.anjuan.domain.PlannedBox;
import org.anjuan.domain.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 装盒… in the real window, headless, on a register where a sample case was bound into two volumes (正卷 and
 * 副卷): the plan shows one box for both, 按方案装盒 saves it, and the plan is then empty.
 */
@ExtendWith(ApplicationExtension.class)
class BoxPlanWindowTest {

    @TempDir
    static Path shared;

    private static InstallationSettings settings;
    private ExecutorService background;
    private Workbench workbench;

    @BeforeAll
    static void bindASampleCase() throws IOException {
        Path cases = new SampleLibrary().materialise(Path.of("samples"), shared.resolve("cases"));
        settings = new InstallationSettings(shared, shared.resolve("db"), Locale.SIMPLIFIED_CHINESE, "测试档案员");
        try (AppContext app = AppContext.open(settings)) {
            app.bind().bind(cases.resolve("punishment-general-2023-basement"), shared.resolve("out"), true,
                    ProgressListener.NONE);
        }
    }

    @Start
    void start(Stage stage) {
        background = Executors.newSingleThreadExecutor();
        workbench = Workbench.show(stage, settings, background);
    }

    @AfterEach
    void close() {
        workbench.close();
        background.shutdownNow();
    }

    @Test
    void theClerkSeesThePlanAndBoxesAsPlanned(FxRobot robot) throws Exception {
        waitFor(() -> !workbench.viewModel().busy().get() && !workbench.viewModel().commandsDisabled().get());
        robot.clickOn("#boxPlanButton");
        BoxPlanViewModel plan = workbench.viewModel().boxPlan();
        waitFor(() -> plan.showingProperty().get() && !plan.workingProperty().get() && !plan.boxes().isEmpty());

        TableView<PlannedBox> table = robot.lookup("#planTable").queryTableView();
        assertThat(table.getItems()).singleElement().satisfies(b -> {
            assertThat(b.code().text()).isEqualTo("2023-罚-001");
            assertThat(b.volumes()).extracting(v -> v.archiveNumber())
                    .containsExactly("2023年厦国动罚字第01号", "2023年厦国动罚字第02号");
        });
        assertThat(robot.lookup("#summaryLabel").queryAs(Label.class).getText()).startsWith("装盒方案：2 卷装入 1 个档案盒");
        assertThat(robot.lookup("#applyButton").queryButton().isDisabled()).isFalse();

        robot.clickOn("#applyButton");
        waitFor(() -> !plan.workingProperty().get() && plan.boxes().isEmpty());
        assertThat(robot.lookup("#outcomeLabel").queryAs(Label.class).getText())
                .isEqualTo("已按方案装盒 1 个档案盒：2023-罚-001。");
        assertThat(robot.lookup("#applyButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#closeButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plan.showingProperty().get()).isFalse();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
