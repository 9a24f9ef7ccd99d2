package org.anjuan.ui;

import static org.anjuan.ui.FakePrintDesk.box;
import static org.anjuan.ui.FakePrintDesk.volume;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.anjuan.app.PrintCentre;
import org.anjuan.app.PrintForm;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.i18n.Messages;
import org.anjuan.ui.PrintCentreViewModel.Target;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 打印中心 without a toolkit: what is offered, what is rendered, saved and printed, and refusals. */
class PrintCentreViewModelTest {

    private static final String BASEMENT = "厦门某置业有限公司未按规定修建防空地下室案";
    private static final String DUMPING = "某公司擅自拆除人防工程案";

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final List<String> shown = new ArrayList<>();
    private final FakePrintDesk desk = new FakePrintDesk();
    private final PrintAnswers answers = new PrintAnswers();
    private PrintCentreViewModel vm;

    @BeforeEach
    void setUp() {
        BoxableVolume first = volume(1, BASEMENT);
        BoxableVolume second = volume(2, BASEMENT);
        BoxableVolume third = volume(3, DUMPING);
        desk.volumes.addAll(List.of(first, second, third));
        desk.boxes.add(box(7, 1, first, second));
        desk.boxes.add(box(8, 2, third));
        desk.printers.addAll(List.of("HP LaserJet", "PDF"));
        desk.defaultPrinter = "PDF";
        vm = new PrintCentreViewModel(new BackgroundTasks(background::add, fx::add), Messages.chinese(),
                (header, message, details) -> shown.add(header + "|" + message), answers);
        vm.connect(desk);
    }

    @Test
    void theFormsOfferedFollowWhatIsPrintedFor() {
        assertThat(offered()).containsExactly(PrintForm.COVER, PrintForm.DIRECTORY, PrintForm.BACKSHEET,
                PrintForm.NUMBER_SHEETS, PrintForm.HANDOVER, PrintForm.LEDGER);
        vm.open();
        drain();
        tick(PrintForm.COVER);
        tick(PrintForm.HANDOVER);

        vm.targetProperty().set(Target.BOXES);
        assertThat(offered()).containsExactly(PrintForm.BOX_COVER, PrintForm.BOX_SPINE, PrintForm.SPINE_SHEET,
                PrintForm.HANDOVER, PrintForm.LEDGER);
        assertThat(vm.forms()).filteredOn(PickRow::picked).extracting(PickRow::item)
                .as("the cover is not a box's form; the handover list is").containsExactly(PrintForm.HANDOVER);
        assertThat(vm.previewNoteProperty().get()).isEqualTo("请在左侧勾选要打印的档案盒。");

        vm.targetProperty().set(Target.VOLUMES);
        assertThat(vm.forms()).extracting(PickRow::item).contains(PrintForm.COVER);
        assertThat(vm.forms()).filteredOn(PickRow::picked).extracting(PickRow::item)
                .containsExactly(PrintForm.HANDOVER);
    }

    @Test
    void openedForACaseItsVolumesAreTickedAndTheFormsComeOutOneAfterAnotherInOneFile() {
        vm.openFor(List.of("2023年厦国动罚字第01号", "2023年厦国动罚字第02号"));
        assertThat(vm.showingProperty().get()).isTrue();
        assertThat(vm.previewNoteProperty().get()).isEqualTo("正在读取已装订的案卷和档案盒…");
        drain();
        assertThat(vm.volumes()).filteredOn(PickRow::picked).extracting(r -> r.item().archiveNumber())
                .containsExactly("2023年厦国动罚字第01号", "2023年厦国动罚字第02号");
        assertThat(vm.pickedSummary().get()).startsWith("已选 2 卷，共 3 卷");
        assertThat(vm.printerProperty().get()).as("the system default").isEqualTo("PDF");
        assertThat(vm.previewNoteProperty().get()).isEqualTo("请勾选要打印的表单。");
        assertThat(vm.canOutput().get()).isFalse();

        tick(PrintForm.DIRECTORY);
        tick(PrintForm.COVER);
        drain();
        assertThat(desk.rendered).last().asList().containsExactly("cover 2023年厦国动罚字第01号",
                "cover 2023年厦国动罚字第02号", "directory 2023年厦国动罚字第01号", "directory 2023年厦国动罚字第02号");
        assertThat(vm.pages()).hasSize(4);
        assertThat(vm.pageCountProperty().get()).isEqualTo("共 4 页");
        assertThat(vm.previewNoteProperty().get()).isEmpty();
        assertThat(vm.canOutput().get()).isTrue();

        int renders = desk.rendered.size();
        answers.file = Path.of("/archive/print/covers.pdf");
        vm.saveAs();
        drain();
        assertThat(answers.asked).containsExactly("file: 案卷封面、卷内目录-2023年厦国动罚字第01号等 2 卷.pdf");
        assertThat(desk.saved).containsExactly("/archive/print/covers.pdf: cover 2023年厦国动罚字第01号 | "
                + "cover 2023年厦国动罚字第02号 | directory 2023年厦国动罚字第01号 | directory 2023年厦国动罚字第02号");
        assertThat(desk.rendered).as("what was previewed is what is saved").hasSize(renders);
        assertThat(vm.outcomeProperty().get())
                .isEqualTo("已将案卷封面、卷内目录 2023年厦国动罚字第01号等 2 卷另存为 /archive/print/covers.pdf（共 4 页）。");
    }

    @Test
    void aRefusalIsShownInChineseAndThePrintCentreStaysUsable() {
        desk.refused.add(PrintForm.NUMBER_SHEETS);
        vm.openFor(List.of("2023年厦国动罚字第03号"));
        drain();
        tick(PrintForm.NUMBER_SHEETS);
        drain();
        assertThat(shown).containsExactly("未能生成预览|暂时无法打印页号单。");
        assertThat(vm.previewNoteProperty().get()).isEqualTo("暂时无法打印页号单。");
        assertThat(vm.pages()).isEmpty();
        assertThat(vm.canOutput().get()).isFalse();
        vm.print();
        vm.saveAs();
        assertThat(answers.asked).as("nothing to print or save").isEmpty();

        vm.forms().stream().filter(r -> r.item() == PrintForm.NUMBER_SHEETS).findFirst().orElseThrow()
                .pickedProperty().set(false);
        tick(PrintForm.BACKSHEET);
        drain();
        assertThat(vm.pageCountProperty().get()).isEqualTo("共 1 页");
        assertThat(vm.canOutput().get()).isTrue();
        assertThat(shown).hasSize(1);
    }

    @Test
    void printAsksForThePrinterAndCopiesAndSendsThePreviewedFile() {
        vm.openFor(List.of("2023年厦国动罚字第03号"));
        drain();
        tick(PrintForm.COVER);
        drain();

        vm.print(); // the clerk cancels the print dialog
        assertThat(answers.asked).containsExactly("printer [HP LaserJet, PDF]: 将打印：案卷封面 2023年厦国动罚字第03号，共 1 页");
        assertThat(answers.proposed).isEqualTo(new PrintQuestions.PrinterChoice("PDF", 1));
        assertThat(desk.printed).isEmpty();

        answers.printer = new PrintQuestions.PrinterChoice("HP LaserJet", 2);
        vm.print();
        assertThat(vm.outcomeProperty().get()).isEqualTo("正在送往打印机“HP LaserJet”…");
        assertThat(vm.canOutput().get()).as("not twice at once").isFalse();
        drain();
        assertThat(desk.printed).containsExactly("HP LaserJet ×2 「案卷封面 2023年厦国动罚字第03号」: cover 2023年厦国动罚字第03号");
        assertThat(vm.outcomeProperty().get())
                .isEqualTo("已将案卷封面 2023年厦国动罚字第03号送到打印机“HP LaserJet”：2 份，每份 1 页。");
        assertThat(vm.printerProperty().get()).as("the choice stays for the next job").isEqualTo("HP LaserJet");
        assertThat(vm.copiesProperty().get()).isEqualTo(2);
        assertThat(vm.failedProperty().get()).isFalse();
    }

    @Test
    void withoutAPrinterTheClerkIsToldHowToAddOne() {
        desk.printers.clear();
        desk.defaultPrinter = null;
        vm.openFor(List.of("2023年厦国动罚字第01号"));
        drain();
        tick(PrintForm.COVER);
        drain();
        assertThat(vm.printerProperty().get()).isNull();
        vm.print();
        assertThat(answers.asked).isEmpty();
        assertThat(shown).singleElement().asString().startsWith("未能打印|这台电脑上没有可用的打印机。");
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.canOutput().get()).as("saving as PDF still works").isTrue();
    }

    @Test
    void boxLabelsArePrintedForTheTickedBoxesInOneGo() {
        vm.open();
        drain();
        vm.targetProperty().set(Target.BOXES);
        vm.boxes().forEach(b -> b.pickedProperty().set(true));
        tick(PrintForm.BOX_SPINE);
        drain();
        assertThat(desk.rendered).last().asList().containsExactly("box-spine 2023-罚-001,2023-罚-002");
        assertThat(vm.pickedSummary().get()).startsWith("已选 2 盒，共 2 盒");
        answers.file = Path.of("/tmp/spines.pdf");
        vm.saveAs();
        assertThat(answers.asked).containsExactly("file: 盒脊标签-2023-罚-001等 2 盒.pdf");
    }

    @Test
    void aRegisterPrintedForNothingNeedsNoTick() {
        vm.open();
        drain();
        tick(PrintForm.LEDGER);
        drain();
        assertThat(desk.rendered).last().asList().containsExactly("ledger -");
        answers.file = Path.of("/tmp/ledger.pdf");
        vm.saveAs();
        assertThat(answers.asked).containsExactly("file: 借阅查阅登记簿.pdf");
    }

    @Test
    void aChoiceMadeWhileAPreviewRendersIsRenderedNextAndOnlyTheNewestIsShown() {
        vm.openFor(List.of("2023年厦国动罚字第01号"));
        drain();
        tick(PrintForm.COVER);
        runOneBackgroundStep(); // the cover is rendered, its result not yet back on the FX thread
        tick(PrintForm.DIRECTORY);
        tick(PrintForm.BACKSHEET);
        assertThat(background).as("no second render while the first runs").isEmpty();
        drain();
        assertThat(desk.rendered).hasSize(2);
        assertThat(desk.rendered.get(1)).containsExactly("cover 2023年厦国动罚字第01号",
                "directory 2023年厦国动罚字第01号", "backsheet 2023年厦国动罚字第01号");
        assertThat(vm.pageCountProperty().get()).isEqualTo("共 3 页");
    }

    @Test
    void calibrationAppliesToNumberAndSpineSheetsOnly() {
        vm.openFor(List.of("2023年厦国动罚字第01号"));
        drain();
        tick(PrintForm.COVER);
        drain();
        assertThat(vm.offsetsApplyProperty().get()).isFalse();
        vm.offsetXProperty().set(1.5);
        drain();
        assertThat(desk.rendered).as("the cover does not move").hasSize(1);
        assertThat(desk.offsets).containsExactly(PrintCentre.Offsets.NONE);

        tick(PrintForm.NUMBER_SHEETS);
        drain();
        assertThat(vm.offsetsApplyProperty().get()).isTrue();
        vm.offsetYProperty().set(-2);
        drain();
        assertThat(desk.offsets).last().isEqualTo(new PrintCentre.Offsets(1.5, -2));
    }

    @Test
    void theFilterNarrowsTheListButKeepsTheTicks() {
        vm.openFor(List.of("2023年厦国动罚字第01号"));
        drain();
        vm.volumeFilterProperty().set("拆除");
        assertThat(vm.shownVolumes()).extracting(r -> r.item().archiveNumber())
                .containsExactly("2023年厦国动罚字第03号");
        vm.volumeFilterProperty().set("第02号");
        assertThat(vm.shownVolumes()).extracting(r -> r.item().caseTitle()).containsExactly(BASEMENT);
        assertThat(vm.volumes()).filteredOn(PickRow::picked).hasSize(1);
    }

    @Test
    void closingLetsTheRenderedPagesGo() {
        vm.openFor(List.of("2023年厦国动罚字第01号"));
        drain();
        tick(PrintForm.COVER);
        drain();
        vm.close();
        assertThat(vm.showingProperty().get()).isFalse();
        assertThat(vm.pages()).isEmpty();
        assertThat(vm.canOutput().get()).isFalse();
    }

    private List<PrintForm> offered() {
        return vm.forms().stream().map(PickRow::item).toList();
    }

    private void tick(PrintForm form) {
        vm.forms().stream().filter(r -> r.item() == form).findFirst().orElseThrow().pickedProperty().set(true);
    }

    private void runOneBackgroundStep() {
        background.remove().run();
    }

    private void drain() {
        while (!background.isEmpty() || !fx.isEmpty()) {
            while (!background.isEmpty()) {
                background.remove().run();
            }
            while (!fx.isEmpty()) {
                fx.remove().run();
            }
        }
    }
}
