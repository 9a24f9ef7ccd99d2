package org.anjuan.ui;

import static org.anjuan.ui.ScannedCases.caseFolder;
import static org.anjuan.ui.ScannedCases.scan;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.anjuan.app.InstallationSettings;
import org.anjuan.domain.PageKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The materials panel and the bind dialog in the real window, headless (Monocle), on a fresh H2 database: a case
 * whose scans are drawn in code is reordered, a page is marked blank, the plan is checked and the case is bound;
 * then a second case's bind is cancelled with 取消 and leaves its output folder empty.
 */
@ExtendWith(ApplicationExtension.class)
class BindingWindowTest {

    private static final String BASEMENT = "厦门某置业有限公司未按规定修建防空地下室案";
    private static final String NUMBER = "2023年厦国动罚字第01号";

    @TempDir
    Path tmp;
    @TempDir
    Path out;
    @TempDir
    Path cancelledOut;

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
    void reorderMarkPlanAndBindACaseThenCancelAnother(FxRobot robot) throws Exception {
        Path basement = basementCase();
        idle();
        robot.interact(() -> workbench.viewModel().importFolder(basement));
        idle();
        MaterialsViewModel materials = workbench.viewModel().materials();
        TableView<MaterialRow> table = robot.lookup("#materialTable").queryTableView();
        assertThat(table.getItems()).extracting(MaterialRow::title)
                .containsExactly("立案审批表", "询问笔录", "现场检查笔录", "行政处罚决定书");

        // the interview record: three pages, the second one empty
        robot.clickOn(row(robot, "询问笔录"));
        waitForThumbnails(robot, 3);
        assertThat(materials.pagesHeadingProperty().get()).isEqualTo("第 2 份材料“询问笔录”：扫描件 3 页，空白 1 页（不编页号）");
        assertThat(badges(robot)).containsExactly("空白");

        // drag row 3 onto row 2: the paper inspection record moves before the interview, saved in the background
        robot.drag(row(robot, "现场检查笔录")).dropTo(row(robot, "询问笔录"));
        idle();
        assertThat(table.getItems()).extracting(MaterialRow::title)
                .containsExactly("立案审批表", "现场检查笔录", "询问笔录", "行政处罚决定书");
        assertThat(table.getSelectionModel().getSelectedItem().title()).as("the moved one").isEqualTo("现场检查笔录");
        robot.interact(() -> materials.move(3, 0)); // what a drop of row 4 on row 1 does
        idle();
        robot.interact(() -> materials.move(0, 3));
        idle();
        assertThat(table.getItems()).extracting(r -> r.seq() + " " + r.title())
                .containsExactly("1 立案审批表", "2 现场检查笔录", "3 询问笔录", "4 行政处罚决定书");
        robot.clickOn(row(robot, "询问笔录"));
        waitForThumbnails(robot, 3);

        // page 3 has writing, but the clerk says it is blank
        // (Monocle's robot does not turn a right click into a context-menu request: open the cell's menu as one would)
        ListCell<?> third = (ListCell<?>) pageCell(robot, 3);
        robot.interact(() -> third.getContextMenu().show(third, Side.BOTTOM, 0, 0));
        robot.clickOn("#pageMarkBlank");
        idle();
        assertThat(materials.pages().get(2).mark()).isEqualTo(PageKind.BLANK);
        assertThat(badges(robot)).containsExactlyInAnyOrder("空白", "空白页");
        assertThat(table.getItems().get(2).notes().text()).isEqualTo("空白 2 页");

        robot.clickOn("#bindButton");
        waitFor(() -> workbench.viewModel().binding().stepProperty().get() == BindStep.PLANNED);
        String summary = robot.lookup("#planSummary").queryAs(Label.class).getText();
        assertThat(summary).contains("第 1 卷 共 1 卷：预计案卷序号 " + NUMBER + "，4 件材料，编页号 6 页")
                .contains("保管期限：永久");
        TableView<PlanRow> plan = robot.lookup("#planTable").queryTableView();
        assertThat(plan.getItems()).extracting(r -> r.seq() + " " + r.title() + " " + r.pages()).containsExactly(
                "1 立案审批表 1", "2 现场检查笔录 2–3", "3 询问笔录 4", "4 行政处罚决定书 5–6");
        assertThat(plan.getItems().get(2).note()).isEqualTo("空白 2 页不编号");
        assertThat(robot.lookup("#confirmBindButton").queryButton().isDisabled()).as("no folder yet").isTrue();

        robot.interact(() -> workbench.viewModel().binding().outDirProperty().set(out));
        robot.clickOn("#confirmBindButton");
        waitFor(() -> workbench.viewModel().binding().stepProperty().get() == BindStep.DONE);
        idle();
        assertThat(out.resolve(NUMBER + ".pdf")).isRegularFile();
        assertThat(out.resolve("bind-report.json")).isRegularFile();
        assertThat(robot.lookup("#bindOutcome").queryAs(Label.class).getText())
                .startsWith("装订完成：共 1 卷，已取得案卷序号 " + NUMBER + "。").contains(out.resolve(NUMBER + ".pdf").toString());
        robot.clickOn("#closeBindButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detailNumbers").queryAs(Label.class).getText()).isEqualTo(NUMBER);
        assertThat(robot.lookup("#lockedNote").query().isVisible()).isTrue();

        // once numbered, the order is refused in Chinese and the list goes back
        robot.interact(() -> materials.move(0, 3));
        idle();
        DialogPane refusal = robot.lookup("#errorDialog").queryAs(DialogPane.class);
        assertThat(refusal.getHeaderText()).isEqualTo("未能调整材料顺序");
        assertThat(refusal.getContentText()).contains("已装订归档").contains("不能再调整").contains("补正");
        assertThat(table.getItems()).extracting(MaterialRow::title).first().isEqualTo("立案审批表");
        robot.interact(() -> refusal.getScene().getWindow().hide());

        cancelTheBindOfAnotherCase(robot);
    }

    private void cancelTheBindOfAnotherCase(FxRobot robot) throws Exception {
        Path shelter = caseFolder(tmp.resolve("cases/shelter"), "行政检查", "某小区人防工程维护管理检查",
                List.of("{title: 人防工程检查通知书, file: 01-notice.pdf}", "{title: 现场检查记录, file: 02-record.pdf}"));
        scan(shelter.resolve("01-notice.pdf"), "Inspection notice");
        scan(shelter.resolve("02-record.pdf"), "Site record 1", "Site record 2", "Site record 3");
        robot.interact(() -> workbench.viewModel().importFolder(shelter));
        idle();
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).isEqualTo("某小区人防工程维护管理检查");

        robot.clickOn("#bindButton");
        BindViewModel binding = workbench.viewModel().binding();
        waitFor(() -> binding.stepProperty().get() == BindStep.PLANNED);
        assertThat(robot.lookup("#planSummary").queryAs(Label.class).getText())
                .contains("预计案卷序号 2023年厦国动检字第01号");
        robot.clickOn("#outDirField").write(cancelledOut.toString()); // typed instead of chosen: 确认装订 takes it

        // hold the background thread so that the bind is surely still running when 取消 is clicked
        CountDownLatch gate = new CountDownLatch(1);
        background.execute(() -> awaitQuietly(gate));
        robot.clickOn("#confirmBindButton");
        WaitForAsyncUtils.waitForFxEvents();
        Button cancel = robot.lookup("#cancelBindButton").queryButton();
        assertThat(cancel.isDisabled()).isFalse();
        assertThat(robot.lookup("#bindProgress").query().isVisible()).isTrue();
        assertThat(robot.lookup("#closeBindButton").queryButton().isDisabled()).isTrue();
        robot.clickOn(cancel);
        gate.countDown();
        waitFor(() -> binding.stepProperty().get() == BindStep.PLANNED);
        idle();

        assertThat(robot.lookup("#bindOutcome").queryAs(Label.class).getText())
                .isEqualTo("装订已取消，未写入任何文件，未占用案卷序号。");
        try (Stream<Path> left = Files.list(cancelledOut)) {
            assertThat(left).isEmpty();
        }
        assertThat(robot.lookup("#errorDialog").tryQuery()).as("a cancel is no error").isEmpty();
        robot.clickOn("#closeBindButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detailNumbers").queryAs(Label.class).getText()).isEqualTo("尚未编号");
    }

    /** The punishment case: two scans with text, one with an empty second page, and a paper-only record. */
    private Path basementCase() throws IOException {
        Path dir = caseFolder(tmp.resolve("cases/basement"), "行政处罚一般程序", BASEMENT, List.of(
                "{title: 立案审批表, file: 01-filing.pdf}",
                "{title: 询问笔录, file: 02-interview.pdf, kind: 证据}",
                "{title: 现场检查笔录, pages: 2, kind: 证据}",
                "{title: 行政处罚决定书, docNo: 厦国动罚决〔2023〕3号, file: 04-decision.pdf}"));
        scan(dir.resolve("01-filing.pdf"), "Filing approval");
        scan(dir.resolve("02-interview.pdf"), "Interview record, page 1", null, "Interview record, page 3");
        scan(dir.resolve("04-decision.pdf"), "Penalty decision, page 1", "Penalty decision, page 2");
        return dir;
    }

    private static Node row(FxRobot robot, String title) {
        return robot.lookup("#materialTable .table-row-cell")
                .match((TableRow<MaterialRow> r) -> r.getItem() != null && r.getItem().title().equals(title))
                .query();
    }

    private static Node pageCell(FxRobot robot, int page) {
        return robot.lookup("#pageStrip .page-cell")
                .match((ListCell<PageItem> c) -> c.getItem() != null && c.getItem().page() == page).query();
    }

    private static List<String> badges(FxRobot robot) {
        return robot.lookup("#pageStrip .page-badge").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private void waitForThumbnails(FxRobot robot, int pages) throws Exception {
        waitFor(() -> robot.lookup("#pageStrip .page-thumbnail").queryAllAs(ImageView.class).stream()
                .filter(v -> v.getImage() != null && v.getParent().getParent().getParent() instanceof ListCell<?> c
                        && c.getItem() != null).count() == pages
                && !workbench.viewModel().materials().inspectingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void idle() throws Exception {
        waitFor(() -> !workbench.viewModel().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void awaitQuietly(CountDownLatch gate) {
        try {
            gate.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
