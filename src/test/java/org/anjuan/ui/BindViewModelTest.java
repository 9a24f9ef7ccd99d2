package org.anjuan.ui;

import static org.anjuan.ui.UiFixtures.plan;
import static org.anjuan.ui.UiFixtures.punishment;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.anjuan.domain.AnjuanException;
import org.anjuan.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 装订…: plan, confirm, progress, cancel — without a toolkit. */
class BindViewModelTest {

    private static final Path OUT = Path.of("/archive/out");

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final List<String> shown = new ArrayList<>();
    private final FakeBinding fake = new FakeBinding();
    private int bound;
    private BindViewModel vm;

    @BeforeEach
    void setUp() {
        fake.plan = plan(punishment(5));
        vm = new BindViewModel(new BackgroundTasks(background::add, fx::add), Messages.chinese(),
                (header, message, details) -> shown.add(header + "|" + message));
        vm.connect(fake);
        vm.setOnBound(() -> bound++);
    }

    @Test
    void thePlanSaysWhichVolumesWhichNumbersAreExpectedAndWhichPagesEachMaterialTakes() {
        vm.prepare(5);
        assertThat(vm.stepProperty().get()).isEqualTo(BindStep.PREPARING);
        assertThat(vm.progressTextProperty().get()).isEqualTo("正在检查扫描件、编排分卷…");
        drain();

        assertThat(vm.stepProperty().get()).isEqualTo(BindStep.PLANNED);
        assertThat(vm.headingProperty().get()).isEqualTo("装订方案：厦门某置业有限公司未按规定修建防空地下室案");
        assertThat(vm.summaryProperty().get()).isEqualTo(String.join("\n",
                "第 1 卷 共 2 卷：预计案卷序号 2023年厦国动罚字第01号，3 件材料，编页号 5 页",
                "第 2 卷 共 2 卷（副卷）：预计案卷序号 2023年厦国动罚字第02号，1 件材料，编页号 2 页",
                "保管期限：永久（依据 第十条（三）、第十条（四））",
                "案卷序号为预计：确认装订、全部文件写成后才正式取号；如其他工作站先取号，则依次顺延。"));
        assertThat(vm.rows()).extracting(r -> String.join(" | ", r.volume(), Integer.toString(r.seq()), r.title(),
                r.pages(), r.note())).containsExactly(
                        "第 1 卷 | 1 | 立案审批表 | 1–2 | 纸质",
                        "第 1 卷 | 2 | 行政处罚决定书 | 3 | 空白 1 页不编号",
                        "第 1 卷 | 3 | 罚没款收据复印件 | 4–5 | 纸质",
                        "第 2 卷（副卷） | 4 | 送达回证复印件 | 1–2 | 纸质");
        assertThat(vm.warnings()).singleElement().asString().contains("与原件核对无误");
        assertThat(vm.canBind().get()).as("no folder yet").isFalse();
        vm.outDirProperty().set(OUT);
        assertThat(vm.canBind().get()).isTrue();
    }

    @Test
    void bindingWritesIntoTheChosenFolderAndListsTheFiles() {
        planned();
        vm.bind();
        assertThat(vm.stepProperty().get()).isEqualTo(BindStep.BINDING);
        assertThat(vm.canBind().get()).isFalse();
        drain();

        assertThat(fake.boundInto).containsExactly(OUT);
        assertThat(vm.stepProperty().get()).isEqualTo(BindStep.DONE);
        assertThat(vm.outcomeProperty().get()).isEqualTo(String.join("\n",
                "装订完成：共 2 卷，已取得案卷序号 2023年厦国动罚字第01号、2023年厦国动罚字第02号。写出的文件：",
                OUT.resolve("2023年厦国动罚字第01号.pdf").toString(), OUT.resolve("2023年厦国动罚字第02号.pdf").toString(),
                "装订报告：" + OUT.resolve("bind-report.json")));
        assertThat(vm.failedProperty().get()).isFalse();
        assertThat(bound).as("the register is reread").isEqualTo(1);
        vm.close();
        assertThat(vm.stepProperty().get()).isEqualTo(BindStep.IDLE);
        assertThat(vm.outDirProperty().get()).isNull();
    }

    @Test
    void theCheckSheetIsSavedForThePlannedCaseAndTheOutcomeSaysWhere() {
        vm.saveCheckSheet(OUT.resolveSibling("check.pdf"));
        assertThat(fake.checkSheets).as("nothing to check before a plan").isEmpty();
        planned();
        vm.saveCheckSheet(OUT.resolveSibling("check.pdf"));
        assertThat(vm.outcomeProperty().get()).isEqualTo("正在生成装订前检查表…");
        drain();
        assertThat(fake.checkSheets).containsExactly(fake.plan.caseFile().id() + "→check.pdf");
        assertThat(vm.outcomeProperty().get()).isEqualTo("已将装订前检查表另存为 "
                + OUT.resolveSibling("check.pdf") + "（共 2 页），可打印后随卷存档。");
        assertThat(vm.stepProperty().get()).as("the plan stays, ready to bind").isEqualTo(BindStep.PLANNED);
    }

    @Test
    void progressOfTheBindIsTheSecondHalfOfTheWholeJob() {
        planned();
        vm.bind();
        background.poll().run(); // the fake reports 6 of 8: 2 of the 4 pages written
        Runnable update = fx.poll();
        update.run();
        assertThat(vm.progressProperty().get()).isEqualTo(0.5);
        assertThat(vm.progressTextProperty().get()).isEqualTo("已处理扫描页 2/4");
        drain();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void cancelFlipsTheFlagTheBindReadsAndSaysNothingWasWritten() {
        planned();
        vm.bind();
        vm.cancel();
        assertThat(vm.progressTextProperty().get()).isEqualTo("正在取消，正在清除已写出的内容…");
        drain();

        assertThat(fake.lastListener.isCancelled()).isTrue();
        assertThat(fake.boundInto).isEmpty();
        assertThat(vm.outcomeProperty().get()).isEqualTo("装订已取消，未写入任何文件，未占用案卷序号。");
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.stepProperty().get()).as("the plan stays up to try again").isEqualTo(BindStep.PLANNED);
        assertThat(shown).as("a cancel is no error").isEmpty();
        assertThat(bound).isZero();
    }

    @Test
    void aFailedBindIsExplainedInChinese() {
        planned();
        fake.bindFailure = new AnjuanException("bind.out.exists", OUT.resolve("2023年厦国动罚字第01号.pdf"));
        vm.bind();
        drain();
        String message = "输出文件“" + OUT.resolve("2023年厦国动罚字第01号.pdf")
                + "”已存在，为防止覆盖已装订的案卷，本次装订未进行。请换一个输出文件夹。";
        assertThat(shown).containsExactly("装订未完成|" + message);
        assertThat(vm.outcomeProperty().get()).isEqualTo(message);
        assertThat(vm.stepProperty().get()).isEqualTo(BindStep.PLANNED);
    }

    @Test
    void aRefusedPlanIsShownAndNothingOpens() {
        fake.prepareFailure = new AnjuanException("bind.noFolder", "某案");
        vm.prepare(5);
        drain();
        assertThat(shown).containsExactly("未能编排装订方案|案件“某案”没有登记案件文件夹，无法找到扫描件：请先导入案件文件夹。");
        assertThat(vm.stepProperty().get()).isEqualTo(BindStep.IDLE);
    }

    private void planned() {
        vm.prepare(5);
        drain();
        vm.outDirProperty().set(OUT);
    }

    private void drain() {
        while (!background.isEmpty() || !fx.isEmpty()) {
            for (Runnable r = background.poll(); r != null; r = background.poll()) {
                r.run();
            }
            for (Runnable r = fx.poll(); r != null; r = fx.poll()) {
                r.run();
            }
        }
    }
}
