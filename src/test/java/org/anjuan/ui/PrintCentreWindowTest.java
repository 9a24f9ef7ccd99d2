package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.anjuan.app.AppContext;
import org.anjuan.app.InstallationSettings;
import org.anjuan.app.PrintCentre;
import org.anjuan.app.PrintForm;
import org.anjuan.app.PrintTarget;
import org.anjuan.app.SampleLibrary;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.domain.ProgressListener;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The print centre in the real window, headless (Monocle), on a register where a sample case was bound: the
 * clerk ticks the volume, 案卷封面 and 卷内目录, sees the pages, and saves them as one PDF through a save question
 * the test answers; then the case's own 打印表单… opens the print centre with its volumes already ticked.
 */
@ExtendWith(ApplicationExtension.class)
class PrintCentreWindowTest {

    private static final String BASEMENT = "厦门某置业有限公司未按规定修建防空地下室案";
    private static final String NUMBER = "2023年厦国动罚字第01号";
    /** The case's 副卷 (第二十条): its second volume, under the next number. */
    private static final String SECONDARY = "2023年厦国动罚字第02号";

    @TempDir
    static Path shared;
    @TempDir
    Path saved;

    private static InstallationSettings settings;
    private static int coverPages;
    private static int directoryPages;

    private final PrintAnswers answers = new PrintAnswers();
    private ExecutorService background;
    private Workbench workbench;

    /** The sample punishment case imported and bound before the window opens the same register. */
    @BeforeAll
    static void bindASampleCase() throws IOException {
        Path cases = new SampleLibrary().materialise(Path.of("samples"), shared.resolve("cases"));
        settings = new InstallationSettings(shared, shared.resolve("db"), Locale.SIMPLIFIED_CHINESE, "测试档案员");
        try (AppContext app = AppContext.open(settings)) {
            app.bind().bind(cases.resolve("punishment-general-2023-basement"), shared.resolve("out"), true,
                    ProgressListener.NONE);
            // what the forms come to on their own, printed the way the print command prints them
            PrintCentre centre = app.printCentre();
            coverPages = pageCount(centre.render(PrintForm.COVER, new PrintTarget.Volume(NUMBER),
                    PrintCentre.Offsets.NONE));
            directoryPages = pageCount(centre.render(PrintForm.DIRECTORY, new PrintTarget.Volume(NUMBER),
                    PrintCentre.Offsets.NONE));
        }
    }

    @Start
    void start(Stage stage) {
        background = Executors.newSingleThreadExecutor();
        workbench = Workbench.show(stage, settings, background, answers);
    }

    @AfterEach
    void close() {
        workbench.close();
        background.shutdownNow();
    }

    @Test
    void tickTheVolumeAndTwoFormsPreviewAndSaveThemAsOnePdf(FxRobot robot) throws Exception {
        idle();
        robot.clickOn("#printCentreButton");
        PrintCentreViewModel printCentre = workbench.viewModel().printCentre();
        waitFor(() -> !printCentre.working().get() && !printCentre.volumes().isEmpty());
        assertThat(robot.lookup("#previewNote").queryAs(Label.class).getText()).isEqualTo("请勾选要打印的表单。");
        assertThat(robot.lookup("#printButton").queryButton().isDisabled()).isTrue();

        robot.clickOn(pickBox(robot, NUMBER));
        robot.clickOn("#form-cover");
        robot.clickOn("#form-directory");
        waitFor(() -> !printCentre.working().get() && printCentre.canOutput().get());

        int pages = coverPages + directoryPages;
        assertThat(pages).as("a cover and at least a directory page").isGreaterThanOrEqualTo(2);
        assertThat(robot.lookup("#pageCountLabel").queryAs(Label.class).getText()).isEqualTo("共 " + pages + " 页");
        assertThat(robot.lookup("#previewPages .preview-page").queryAllAs(ImageView.class))
                .hasSize(pages).allSatisfy(view -> {
                    assertThat(view.getImage()).isNotNull();
                    assertThat(view.getFitWidth()).isGreaterThan(100);
                });
        assertThat(robot.lookup("#previewNote").query().isVisible()).isFalse();
        assertThat(robot.lookup("#pickedSummary").queryAs(Label.class).getText()).startsWith("已选 1 卷，共 2 卷");

        Path out = saved.resolve("封面和目录.pdf");
        answers.file = out;
        robot.clickOn("#saveButton");
        waitFor(() -> !printCentre.working().get());
        assertThat(answers.asked).containsExactly("file: 案卷封面、卷内目录-" + NUMBER + ".pdf");
        assertThat(robot.lookup("#printOutcome").queryAs(Label.class).getText())
                .isEqualTo("已将案卷封面、卷内目录 " + NUMBER + "另存为 " + out + "（共 " + pages + " 页）。");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages);
            String firstPage = text(pdf, 1, 1);
            String rest = text(pdf, 2, pages);
            assertThat(firstPage).as("the cover").contains(NUMBER);
            assertThat(rest).as("the directory").contains("立案审批表");
        }

        robot.clickOn("#closePrintCentreButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(printCentre.showingProperty().get()).isFalse();

        // the bound case itself: 打印表单… beside 装订… comes with both its volumes ticked
        robot.clickOn(robot.lookup("#registerTable .table-row-cell")
                .match((TableRow<RegisterRow> row) -> row.getItem() != null
                        && row.getItem().summary().title().equals(BASEMENT)).queryAs(Node.class));
        idle();
        waitFor(() -> !robot.lookup("#printCaseButton").queryButton().isDisabled());
        robot.clickOn("#printCaseButton");
        waitFor(() -> printCentre.showingProperty().get() && !printCentre.working().get());
        assertThat(printCentre.volumes()).filteredOn(PickRow::picked).extracting(r -> r.item().archiveNumber())
                .containsExactly(NUMBER, SECONDARY);
        assertThat(robot.lookup("#form-cover").queryAs(CheckBox.class).isSelected()).as("forms start unticked")
                .isFalse();
        robot.clickOn("#closePrintCentreButton");
    }

    /** The tick box in the row of the volume with this archive number. */
    private static Node pickBox(FxRobot robot, String archiveNumber) {
        Node row = robot.lookup("#volumeTable .table-row-cell")
                .match((TableRow<PickRow<BoxableVolume>> r) -> r.getItem() != null
                        && r.getItem().item().archiveNumber().equals(archiveNumber)).query();
        return robot.from(row).lookup(".check-box").query();
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf).replaceAll("\\s+", "");
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private void idle() throws Exception {
        waitFor(() -> !workbench.viewModel().busy().get());
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
