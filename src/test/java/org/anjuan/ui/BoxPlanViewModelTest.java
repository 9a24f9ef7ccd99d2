package org.anjuan.ui;

import static org.anjuan.domain.RetentionPeriod.PERMANENT;
import static org.anjuan.domain.RetentionPeriod.YEARS_10;
import static org.anjuan.ui.FakeBoxDesk.volume;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.anjuan.domain.AnjuanException;
import org.anjuan.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 装盒… without a toolkit: the plan shown box by box, applied, refused, narrowed to a year. */
class BoxPlanViewModelTest {

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final List<String> shown = new ArrayList<>();
    private final FakeBoxDesk desk = new FakeBoxDesk();
    private BoxPlanViewModel vm;

    @BeforeEach
    void setUp() {
        // 永久 volumes of 21, 21 and 11 mm, a 10年 one of 6 mm between them
        desk.volumes.addAll(List.of(volume(1, 200, PERMANENT), volume(2, 50, YEARS_10), volume(3, 200, PERMANENT),
                volume(4, 100, PERMANENT)));
        vm = new BoxPlanViewModel(new BackgroundTasks(background::add, fx::add), Messages.chinese(),
                (header, message, details) -> shown.add(header + "|" + message));
        vm.connect(desk);
    }

    @Test
    void theDialogOpensWithThePlanAndNothingSaved() {
        vm.open();
        assertThat(vm.showingProperty().get()).isTrue();
        assertThat(vm.canApply().get()).isFalse();
        drain();

        assertThat(vm.boxes()).extracting(b -> b.code().text() + " " + b.spineMm() + " " + vm.range(b) + " "
                        + b.retention().label() + " " + b.thicknessMm() + vm.note(b))
                .containsExactly("2023-罚-001 50 2023年厦国动罚字第01号 至 2023年厦国动罚字第03号 永久 42.0",
                        "2023-罚-002 20 2023年厦国动罚字第02号 10年 6.0", "2023-罚-003 20 2023年厦国动罚字第04号 永久 11.0");
        assertThat(vm.summaryProperty().get()).isEqualTo("装盒方案：4 卷装入 3 个档案盒（每张纸 0.1 毫米，单面印制，"
                + "每卷封皮等 1 毫米，每盒留余量 2 毫米；超厚 0 卷）。尚未保存。");
        assertThat(vm.canApply().get()).isTrue();
        assertThat(desk.saved).isEmpty();
    }

    @Test
    void applyingSavesThePlanShownAndPlansWhatIsLeft() {
        vm.open();
        drain();

        vm.apply();
        assertThat(vm.canApply().get()).isFalse();
        drain();

        assertThat(desk.saved).extracting(b -> b.code().text()).containsExactly("2023-罚-001", "2023-罚-002",
                "2023-罚-003");
        assertThat(vm.outcomeProperty().get()).isEqualTo("已按方案装盒 3 个档案盒：2023-罚-001 至 2023-罚-003。");
        assertThat(vm.boxes()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo("没有未装盒的已装订案卷。");
        assertThat(vm.canApply().get()).isFalse();
    }

    @Test
    void aRefusedPlanIsExplainedNothingIsSavedAndThePlanIsMadeAgain() {
        vm.open();
        drain();
        desk.applyRefusal = new AnjuanException("box.plan.stale", "2023-罚-001", "2023-罚-002");

        vm.apply();
        drain();

        assertThat(shown).singleElement().asString().startsWith("未能按方案装盒|装盒方案已过时：方案中的 2023-罚-001 现在应编为 2023-罚-002");
        assertThat(desk.saved).isEmpty();
        assertThat(desk.asked).hasSize(2);
        assertThat(vm.boxes()).hasSize(3);
    }

    @Test
    void theYearNarrowsThePlanAndABadYearIsExplained() {
        vm.open();
        drain();
        vm.yearProperty().set("2024");
        vm.categoryProperty().set(" 罚 ");
        vm.replan();
        drain();

        assertThat(desk.asked).containsExactly("null/null", "2024/罚");
        assertThat(vm.boxes()).isEmpty();

        vm.yearProperty().set("二〇二三");
        vm.replan();
        assertThat(vm.outcomeProperty().get()).isEqualTo("“二〇二三”不是年度：请写四位数字（如 2023），或留空表示全部年度。");
        assertThat(background).isEmpty();
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
