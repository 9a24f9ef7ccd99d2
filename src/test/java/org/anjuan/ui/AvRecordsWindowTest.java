package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.anjuan.app.AppContext;
import org.anjuan.app.AvDetails;
import org.anjuan.app.InstallationSettings;
import org.anjuan.app.SampleLibrary;
import org.anjuan.domain.AvGround;
import org.anjuan.domain.AvKind;
import org.anjuan.domain.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 音像资料 dialog in the real window, headless: opened from the case details, 核验 finds an edited file. */
@ExtendWith(ApplicationExtension.class)
class AvRecordsWindowTest {

    @TempDir
    Path tmp;

    private ExecutorService background;
    private Workbench workbench;
    private InstallationSettings settings;

    @Start
    void start(Stage stage) {
        background = Executors.newSingleThreadExecutor();
        settings = new InstallationSettings(tmp, tmp.resolve("db"), Locale.SIMPLIFIED_CHINESE, "测试档案员");
        workbench = Workbench.show(stage, settings, background);
    }

    @AfterEach
    void close() {
        workbench.close();
        background.shutdownNow();
    }

    @Test
    void theRecordsOfTheSelectedCaseAreListedWithTheirMarksAndChecked(FxRobot robot) throws Exception {
        Path cases = new SampleLibrary().materialise(Path.of("samples"), tmp.resolve("cases"));
        idle();
        robot.interact(() -> workbench.viewModel().importFolder(cases.resolve("inspection-2023-shelter-use")));
        idle();
        Path video = Files.writeString(tmp.resolve("现场检查.mp4"), "原始录像");
        Path audio = Files.writeString(tmp.resolve("询问.mp3"), "原始录音");
        try (AppContext context = AppContext.open(settings)) {
            long caseId = context.cases().register().get(0).id();
            context.avRecords().register(caseId, video, new AvDetails(AvKind.VIDEO, "现场检查执法记录仪录像", "陈建华",
                    LocalDateTime.of(2023, 11, 6, 9, 30), "思明区某商业广场地下二层", "检查防护密闭门", 
                    LocalDateTime.of(2023, 11, 6, 17, 0), null, Set.of()), ProgressListener.NONE);
            context.avRecords().register(caseId, audio, new AvDetails(AvKind.AUDIO, "现场询问录音", "林晓雯",
                    LocalDateTime.of(2023, 11, 6, 10, 0), "思明区某商业广场物业办公室", null,
                    LocalDateTime.of(2023, 11, 8, 9, 0), null, Set.of(AvGround.OBSTRUCTION)), ProgressListener.NONE);
        }
        robot.clickOn(robot.lookup("#registerTable .table-row-cell")
                .match((TableRow<RegisterRow> row) -> row.getItem() != null).queryAs(Node.class));
        idle();
        robot.clickOn("#avRecordsButton");
        idle();
        TableView<AvRow> table = robot.lookup("#avTable").queryTableView();
        assertThat(table.getItems()).extracting(AvRow::title).containsExactly("现场检查执法记录仪录像", "现场询问录音");
        // a 30年 inspection file keeps its records long-term; the recording reached the storage 47 hours late
        assertThat(table.getItems()).extracting(AvRow::marks).containsExactly("长期保存", "逾期存储、长期保存");
        assertThat(robot.lookup("#avStatus").queryAs(Label.class).getText())
                .isEqualTo("共 2 项，逾期存储 1 项，需长期保存 2 项。");

        Files.writeString(audio, "剪辑过的录音");
        robot.clickOn("#avVerifyButton");
        idle();
        assertThat(table.getItems()).extracting(AvRow::check).first().isEqualTo("一致");
        assertThat(table.getItems().get(1).check()).startsWith("已改动");
        assertThat(robot.lookup("#avStatus").queryAs(Label.class).getText()).contains("1 项被改动或找不到");

        robot.interact(() -> table.getSelectionModel().select(1));
        assertThat(robot.lookup("#avReasons").queryAs(Label.class).getText())
                .contains("逾期存储：录制后 47 小时才存入专用存储器，超过 24 小时的期限（第十四条）。");
        Path picture = Path.of(System.getProperty("avdialog.png", "target/av-records.png"));
        robot.interact(() -> {
            try {
                Files.createDirectories(picture.toAbsolutePath().getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(table.getScene().getRoot().snapshot(null, null), null), "png",
                        picture.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        robot.clickOn("#avCloseButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workbench.viewModel().avRecords().showingProperty().get()).isFalse();
    }

    private void idle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !workbench.viewModel().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
