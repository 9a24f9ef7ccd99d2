package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.anjuan.app.AppContext;
import org.anjuan.app.InstallationSettings;
import org.anjuan.domain.HandoverStatus;
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
 * 移交验收… in the real window, headless: the clerk opens it from the case details, records the handover, is
 * refused while a finding is open, ticks it with a note and accepts the file.
 */
@ExtendWith(ApplicationExtension.class)
class HandoverWindowTest {

    private static final String TITLE = "某商场人防工程使用情况检查";

    @TempDir
    static Path shared;

    private static InstallationSettings settings;
    private static long caseId;
    private ExecutorService background;
    private Workbench workbench;

    @BeforeAll
    static void registerACase() throws IOException {
        Path caseDir = Files.createDirectories(shared.resolve("case"));
        Files.writeString(caseDir.resolve("case.yaml"), """
                category: 行政检查
                title: %s
                parties: [某商场]
                department: 工程管理处
                officer: 陈伟
                opened: 2023-05-04
                closed: 2023-05-20
                materials:
                  - {title: 现场检查记录, pages: 2}
                  - {title: 整改报告复印件, pages: 1, copy: true}
                """.formatted(TITLE), StandardCharsets.UTF_8);
        settings = new InstallationSettings(shared, shared.resolve("db"), Locale.SIMPLIFIED_CHINESE, "测试档案员");
        try (AppContext app = AppContext.open(settings)) {
            caseId = app.cases().importFolder(caseDir).id();
        }
    }

    @Start
    void start(Stage stage) {
        background = Executors.newSingleThreadExecutor();
        workbench = Workbench.show(stage, settings, background, new PrintAnswers());
    }

    @AfterEach
    void close() {
        workbench.close();
        background.shutdownNow();
    }

    @Test
    void theClerkReceivesTicksTheFindingWithANoteAndAccepts(FxRobot robot) throws Exception {
        waitFor(() -> !workbench.viewModel().busy().get() && !workbench.viewModel().register().isEmpty());
        robot.clickOn(robot.lookup("#registerTable .table-row-cell")
                .match((TableRow<RegisterRow> row) -> row.getItem() != null
                        && row.getItem().summary().title().equals(TITLE)).queryAs(Node.class));
        waitFor(() -> workbench.viewModel().details().shownProperty().get());
        robot.clickOn("#handoverButton");
        HandoverViewModel handover = workbench.viewModel().handover();
        waitFor(() -> handover.statusProperty().get() == HandoverStatus.NOT_HANDED_OVER);
        assertThat(robot.lookup("#handoverStatus").queryAs(Label.class).getText()).isEqualTo("移交状态：未移交");
        assertThat(robot.lookup("#acceptButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#receiveButton");
        waitFor(() -> handover.statusProperty().get() == HandoverStatus.PENDING && !handover.busy().get());
        assertThat(robot.lookup("#waive1").queryAs(CheckBox.class).getText()).contains("“整改报告复印件”为复印件");

        robot.clickOn("#acceptButton");
        waitFor(() -> !handover.busy().get());
        assertThat(robot.lookup("#handoverMessage").queryAs(Label.class).getText())
                .startsWith("还有 1 项验收问题未放行（第 1 项），不能接收。");

        robot.clickOn("#waive1");
        robot.clickOn("#note1").write("已补盖核对章");
        robot.clickOn("#acceptButton");
        waitFor(() -> handover.statusProperty().get() == HandoverStatus.ACCEPTED);
        assertThat(robot.lookup("#handoverMessage").queryAs(Label.class).getText()).isEqualTo("已接收：验收合格。");
        assertThat(robot.lookup("#handoverStatus").queryAs(Label.class).getText())
                .isEqualTo("移交状态：已接收（第 1 次移交，工程管理处 陈伟）");
        try (AppContext app = AppContext.open(settings)) {
            assertThat(app.handovers().history(caseId).get(0).findings().get(0).waiver()).isEqualTo("已补盖核对章");
        }
        robot.clickOn("#closeButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(handover.showingProperty().get()).isFalse();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
