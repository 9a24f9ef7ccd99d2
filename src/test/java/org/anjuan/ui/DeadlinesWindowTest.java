package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
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
 * Deadlines in the real window (headless, fresh H2): the status bar counts the unbound cases past their
 * filing deadline, the details pane says how late one is, and 到期鉴定… opens its list from the menu.
 */
@ExtendWith(ApplicationExtension.class)
class DeadlinesWindowTest {

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
    void overdueCasesAreCountedAndTheAppraisalListOpensFromTheMenu(FxRobot robot) throws Exception {
        Path cases = new SampleLibrary().materialise(Path.of("samples"), tmp.resolve("cases"));
        idle();
        assertThat(robot.lookup("#overdueLabel").queryAs(Label.class).isVisible()).isFalse();
        for (String sample : new String[] {"inspection-2023-shelter-use", "punishment-simple-2023-dumping"}) {
            robot.interact(() -> workbench.viewModel().importFolder(cases.resolve(sample)));
            idle();
        }
        // both closed in 2023 and never bound: long past the 30 days of 第四条
        Label notice = robot.lookup("#overdueLabel").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).isEqualTo("2 件案卷已超过归档期限");

        TableView<RegisterRow> register = robot.lookup("#registerTable").queryTableView();
        robot.clickOn(robot.lookup("#registerTable .table-row-cell")
                .match((TableRow<RegisterRow> row) -> row.getItem() != null
                        && row.getItem().summary().closed().getMonthValue() == 11).queryAs(Node.class));
        idle();
        assertThat(register.getSelectionModel().getSelectedItem()).isNotNull();
        assertThat(robot.lookup("#detailDates").queryAs(Label.class).getText())
                .startsWith("立案 ").contains("归档期限 2023年12月28日（已超期 ").endsWith(" 天，尚未归档）");
        assertThat(robot.lookup("#detailExpiry").queryAs(Label.class).getText())
                .isEqualTo("尚未归档；装订后自归档年度次年 1 月 1 日起算");

        robot.clickOn("#caseMenu").clickOn("到期鉴定…");
        idle();
        assertThat(robot.lookup("#appraisalTable").queryTableView().getItems()).isEmpty();
        assertThat(robot.lookup("#appraisalSummary").queryAs(Label.class).getText())
                .startsWith("截至 ").endsWith("，没有保管期限届满的案卷。");
        // the clerk types a day the Chinese way, and days that are no number leave the days as they were
        DatePicker asOf = robot.lookup("#appraisalAsOf").queryAs(DatePicker.class);
        robot.interact(() -> {
            asOf.getEditor().setText("2060年1月1日");
            asOf.commitValue();
        });
        idle();
        assertThat(workbench.viewModel().appraisal().asOfProperty().get()).isEqualTo(LocalDate.of(2060, 1, 1));
        assertThat(robot.lookup("#appraisalSummary").queryAs(Label.class).getText())
                .isEqualTo("截至 2060年1月1日，没有保管期限届满的案卷。");
        Spinner<Integer> within = robot.lookup("#appraisalWithin").queryAs(Spinner.class);
        robot.interact(() -> {
            within.getEditor().setText("三十");
            within.commitValue();
        });
        assertThat(within.getValue()).isZero();
        robot.interact(() -> {
            within.getEditor().setText("30");
            within.commitValue();
        });
        idle();
        assertThat(workbench.viewModel().appraisal().withinProperty().get()).isEqualTo(30);
        assertThat(robot.lookup("#appraisalSummary").queryAs(Label.class).getText())
                .isEqualTo("截至 2060年1月31日，没有保管期限届满的案卷。");

        robot.clickOn("#appraisalClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workbench.viewModel().appraisal().showingProperty().get()).isFalse();
        assertThat(robot.lookup("#appraisalTable").tryQuery()).isEmpty();
    }

    private void idle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !workbench.viewModel().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
