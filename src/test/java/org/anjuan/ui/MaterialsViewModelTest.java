package org.anjuan.ui;

import static org.anjuan.ui.UiFixtures.punishment;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.ScannedPage;
import org.anjuan.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The materials panel without a toolkit: same-thread tasks, the application layer in memory. */
class MaterialsViewModelTest {

    private static final Path DECISION = Path.of("/cases/2023-5/scans/decision.pdf");

    private final List<String> shown = new ArrayList<>();
    private final FakeBinding fake = new FakeBinding();
    private final CaseFile c = punishment(5);
    private MaterialsViewModel vm;

    @BeforeEach
    void setUp() {
        fake.inspections.put(DECISION, List.of(ScannedPage.of(1, 210, 297, 0, false),
                ScannedPage.of(2, 420, 297, 0, true)));
        vm = new MaterialsViewModel(BackgroundTasks.sameThread(), BackgroundTasks.sameThread(), Messages.chinese(),
                (header, message, details) -> shown.add(header + "|" + message));
        vm.connect(fake);
        vm.show(c, false);
    }

    @Test
    void dragAndDropBuildsThePermutationOfCurrentPositions() {
        assertThat(MaterialOrder.move(4, 3, 1)).containsExactly(0, 3, 1, 2);
        assertThat(MaterialOrder.move(4, 0, 3)).containsExactly(1, 2, 3, 0);
        vm.selectedProperty().set(3);

        vm.move(3, 1);

        assertThat(fake.orders).containsExactly(List.of(0, 3, 1, 2));
        assertThat(vm.rows()).extracting(r -> r.seq() + " " + r.title())
                .containsExactly("1 立案审批表", "2 送达回证复印件", "3 行政处罚决定书", "4 罚没款收据复印件");
        assertThat(vm.selectedProperty().get()).as("the moved material stays selected").isEqualTo(1);
        assertThat(vm.statusProperty().get()).isEqualTo("已将第 4 份材料“送达回证复印件”移到第 2 位。");
        assertThat(shown).isEmpty();
    }

    @Test
    void aRefusedReorderIsShownInChineseAndTheListGoesBack() {
        fake.reorderFailure = new AnjuanException("case.numbered", c.title());
        vm.selectedProperty().set(1);

        vm.move(0, 2);

        assertThat(shown).containsExactly("未能调整材料顺序|案件“厦门某置业有限公司未按规定修建防空地下室案”已取得案卷序号，"
                + "不能再用案件文件夹覆盖；如需补正，请走补正手续。");
        assertThat(vm.rows()).extracting(MaterialRow::title)
                .containsExactly("立案审批表", "行政处罚决定书", "罚没款收据复印件", "送达回证复印件");
        assertThat(vm.selectedProperty().get()).isEqualTo(1);
        assertThat(vm.statusProperty().get()).isEqualTo("材料顺序未改变。");
    }

    @Test
    void anOrderRefusedBecauseAnotherClerkChangedTheCaseIsExplainedAndTheCaseIsReadAgain() {
        int[] reloads = {0};
        vm.setOnStale(() -> reloads[0]++);
        fake.reorderFailure = new AnjuanException("db.case.conflict", c.title(), "王芳", "2024-01-08 09:30");

        vm.move(0, 2);

        assertThat(shown).containsExactly("未能调整材料顺序|案件“厦门某置业有限公司未按规定修建防空地下室案”在您打开之后已被 王芳 于 "
                + "2024-01-08 09:30 修改过。为了不覆盖对方的修改，您的这次修改没有保存，对方的修改完好无损。窗口已显示最新内容，请核对后重新操作。");
        assertThat(reloads[0]).as("the window reads the case again").isEqualTo(1);
        assertThat(vm.caseFileProperty().get().version()).isEqualTo(c.version());
    }

    @Test
    void aSecondMoveMadeBeforeTheFirstIsSavedBuildsOnItAndIsNoConflict() {
        List<Runnable> queued = new ArrayList<>();
        MaterialsViewModel slow = new MaterialsViewModel(new BackgroundTasks(queued::add, Runnable::run),
                BackgroundTasks.sameThread(), Messages.chinese(), (header, message, details) -> shown.add(message));
        slow.connect(fake);
        slow.show(c, false);
        queued.clear();

        slow.move(3, 1);
        slow.move(0, 3); // made on the list as the first move left it, before that move is saved
        new ArrayList<>(queued).forEach(Runnable::run);

        assertThat(shown).isEmpty();
        assertThat(fake.orders).containsExactly(List.of(0, 3, 1, 2), List.of(1, 2, 3, 0));
        assertThat(slow.caseFileProperty().get().materials()).extracting(m -> m.title())
                .containsExactly("送达回证复印件", "行政处罚决定书", "罚没款收据复印件", "立案审批表");
        assertThat(slow.caseFileProperty().get().version()).isEqualTo(2);
    }

    @Test
    void standardOrderIsAppliedAsAPermutation() {
        vm.applyStandardOrder();
        assertThat(fake.orders).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("材料已是“行政处罚一般程序”的标准顺序。");

        fake.standard = list -> List.of(list.get(1), list.get(0), list.get(3), list.get(2));
        vm.applyStandardOrder();
        assertThat(fake.orders).containsExactly(List.of(1, 0, 3, 2));
        assertThat(vm.rows()).extracting(MaterialRow::title).startsWith("行政处罚决定书", "立案审批表");
    }

    @Test
    void pagesOfTheSelectedScanShowWhatTheInspectionFound() {
        assertThat(vm.selectedProperty().get()).isZero();
        assertThat(vm.pages()).isEmpty();
        assertThat(vm.pagesHeadingProperty().get()).isEqualTo("第 1 份材料“立案审批表”是纸质材料（2 页），没有扫描件。");

        vm.selectedProperty().set(1);

        assertThat(vm.pages()).extracting(PageItem::page).containsExactly(1, 2);
        assertThat(vm.pages().get(1).detectedBlank()).isTrue();
        assertThat(vm.pages().get(1).notA4()).isTrue();
        assertThat(vm.pagesHeadingProperty().get())
                .isEqualTo("第 2 份材料“行政处罚决定书”：扫描件 2 页，空白 1 页（不编页号），非A4 1 页");
        PageText text = vm.text();
        assertThat(text.badges(vm.pages().get(1))).extracting(b -> b.text() + " " + b.styleClass())
                .containsExactly("空白 badge-detected", "非A4 badge-warning");
        assertThat(text.badges(vm.pages().get(1)).get(1).tip()).isEqualTo("420×297 毫米，不是A4幅面：过大，折叠成A4幅面（第五条）。");
        assertThat(vm.rows().get(1).notes()).isEqualTo(new MaterialNotes("非A4 1 页；空白 1 页",
                "第 2 页为 420×297 毫米，不是A4幅面：过大，折叠成A4幅面（第五条）。\n第 2 页为空白页，不编页号。", true));
        assertThat(vm.inspectingProperty().get()).isFalse();
    }

    @Test
    void anUnverifiedCopyIsWarnedAboutInItsRow() {
        MaterialRow copy = vm.rows().get(3);
        assertThat(copy.flagged()).isTrue();
        assertThat(copy.notes().text()).isEqualTo("复印件未核对");
        assertThat(copy.notes().warning()).isTrue();
        assertThat(copy.notes().detail()).contains("与原件核对无误").contains("第六条");
        assertThat(vm.rows().get(2).notes()).isEqualTo(MaterialNotes.NONE);
    }

    @Test
    void markingAPageSavesItAndTheStripFollows() {
        vm.selectedProperty().set(1);
        PageItem first = vm.pages().get(0);

        vm.mark(first, PageKind.BLANK);

        assertThat(fake.marksSet).containsExactly("scans/decision.pdf#1=BLANK");
        assertThat(vm.pages().get(0).mark()).isEqualTo(PageKind.BLANK);
        assertThat(vm.pages().get(0).numbered()).isFalse();
        assertThat(vm.text().badges(vm.pages().get(0))).extracting(PageBadge::text).containsExactly("空白页");
        assertThat(vm.rows().get(1).notes().text()).isEqualTo("非A4 1 页；空白 2 页");
        assertThat(vm.statusProperty().get()).isEqualTo("已将第 1 页标为“空白页”。");

        vm.mark(vm.pages().get(1), PageKind.CONTENT);
        vm.mark(vm.pages().get(0), null);

        assertThat(fake.marksSet).containsExactly("scans/decision.pdf#1=BLANK", "scans/decision.pdf#2=CONTENT",
                "scans/decision.pdf#1=null");
        assertThat(vm.pages()).extracting(PageItem::kind).containsExactly(PageKind.CONTENT, PageKind.CONTENT);
        assertThat(vm.rows().get(1).notes().text()).isEqualTo("非A4 1 页");
    }

    @Test
    void marksStoredEarlierAreShownAndSurviveARefresh() {
        fake.marks.put("scans/decision.pdf", java.util.Map.of(1, PageKind.VERSO));
        vm.show(c, false);
        vm.selectedProperty().set(1);
        assertThat(vm.pages().get(0).mark()).isEqualTo(PageKind.VERSO);
        assertThat(vm.text().tip(vm.pages().get(0))).isEqualTo(String.join("\n", "第 1 页：检测为有字",
                "档案员标为“背面有字”：编页号（检测为有字）。", "右键点击可更改标记。"));
        vm.show(c, true);
        assertThat(vm.selectedProperty().get()).isEqualTo(1);
        assertThat(vm.lockedProperty().get()).isTrue();
    }

    @Test
    void anUnreadableScanIsNotedInItsRowNotInADialog() {
        fake.inspections.clear();
        vm.show(punishment(6), false);
        assertThat(vm.rows().get(1).notes().text()).isEqualTo("扫描件无法读取");
        assertThat(vm.rows().get(1).notes().detail()).isEqualTo("扫描件 /cases/2023-5/scans/decision.pdf 不存在");
        assertThat(shown).isEmpty();
    }

    @Test
    void thumbnailsAreDrawnOnlyWhileStillWanted() {
        vm.selectedProperty().set(1);
        List<BufferedImage> ready = new ArrayList<>();
        vm.thumbnail(vm.pages().get(0), 90, () -> true, ready::add);
        vm.thumbnail(vm.pages().get(1), 90, () -> false, ready::add);
        assertThat(fake.thumbnails).containsExactly("decision.pdf#0@90");
        assertThat(ready).singleElement().extracting(BufferedImage::getWidth).isEqualTo(90);
    }

    @Test
    void clearingForgetsTheCase() {
        vm.clear();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.pages()).isEmpty();
        assertThat(vm.caseFileProperty().get()).isNull();
        vm.move(0, 1);
        assertThat(fake.orders).isEmpty();
    }
}
