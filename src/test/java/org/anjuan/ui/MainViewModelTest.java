package org.anjuan.ui;

import static org.anjuan.ui.UiFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.i18n.Messages;
import org.anjuan.ui.UiFixtures.FakeRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The main window's behaviour without a toolkit: same-thread tasks, a register in memory. */
class MainViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 7, 1);

    private final List<String> shown = new ArrayList<>();
    private final FakeRegister fake = new FakeRegister();
    private MainViewModel vm;

    @BeforeEach
    void setUp() {
        fake.cases.add(summary(3, "厦门某商场人防工程使用情况检查", "厦门某商场有限公司", LocalDate.of(2023, 5, 20), ""));
        fake.cases.add(summary(2, "某小区人防工程维护管理检查", "某物业服务有限公司", LocalDate.of(2023, 6, 10), ""));
        fake.cases.add(summary(1, "某置业公司未修建防空地下室案", "厦门某置业有限公司", LocalDate.of(2023, 1, 5),
                "2023年厦国动罚字第01号"));
        vm = new MainViewModel(BackgroundTasks.sameThread(), Messages.chinese(),
                (header, message, details) -> shown.add(header + "|" + message), new PrintAnswers(), () -> TODAY);
    }

    @Test
    void commandsWaitForTheDatabase() {
        assertThat(vm.commandsDisabled().get()).isTrue();
        assertThat(vm.placeholder().get()).isEmpty();
        fake.cases.clear();
        vm.connect(() -> fake);
        assertThat(vm.placeholder().get()).isEqualTo("登记表中没有案件。请用“导入案件文件夹…”导入。");
        fake.cases.add(summary(1, "某案", "某公司", LocalDate.of(2023, 1, 5), ""));
        fake.cases.add(summary(2, "某案", "某公司", LocalDate.of(2023, 1, 5), ""));
        fake.cases.add(summary(3, "某案", "某公司", LocalDate.of(2023, 1, 5), ""));
        vm.refresh();
        assertThat(vm.commandsDisabled().get()).isFalse();
        assertThat(vm.register()).hasSize(3);
        assertThat(vm.statusProperty().get()).isEqualTo("就绪");
        assertThat(vm.count().get()).isEqualTo("共 3 件案件");
    }

    @Test
    void searchFiltersTheRegisterLive() {
        vm.connect(() -> fake);
        vm.searchProperty().set("商场");
        assertThat(vm.register()).extracting(r -> r.summary().title()).containsExactly("厦门某商场人防工程使用情况检查");
        assertThat(vm.count().get()).isEqualTo("显示 1 件，共 3 件案件");
        vm.searchProperty().set("厦国动罚字");
        assertThat(vm.register()).extracting(RegisterRow::id).containsExactly(1L);
        vm.searchProperty().set("不存在的案件");
        assertThat(vm.register()).isEmpty();
        assertThat(vm.placeholder().get()).isEqualTo("没有与“不存在的案件”相符的案件。");
        vm.searchProperty().set("  ");
        assertThat(vm.register()).hasSize(3);
    }

    @Test
    void overdueMeansDeadlinePassedAndStillUnnumbered() {
        vm.connect(() -> fake);
        // closed 5月20日 → deadline 6月19日, passed; closed 6月10日 → 7月10日, not yet; case 1 is numbered
        assertThat(vm.register()).extracting(RegisterRow::id, RegisterRow::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, true),
                        org.assertj.core.groups.Tuple.tuple(2L, false),
                        org.assertj.core.groups.Tuple.tuple(1L, false));
        assertThat(RegisterRow.of(fake.cases.get(0), LocalDate.of(2023, 6, 19)).overdue()).isFalse();
    }

    @Test
    void theStatusBarCountsTheOverdueCasesOfTheWholeRegister() {
        assertThat(vm.overdueNotice().get()).isEmpty();
        fake.cases.add(summary(4, "某商铺人防标识检查", "某商铺", LocalDate.of(2023, 4, 2), ""));
        vm.connect(() -> fake);
        assertThat(vm.overdueNotice().get()).isEqualTo("2 件案卷已超过归档期限");
        vm.searchProperty().set("商场");
        assertThat(vm.overdueNotice().get()).isEqualTo("2 件案卷已超过归档期限");
        fake.cases.removeIf(s -> s.id() == 3 || s.id() == 4);
        vm.refresh();
        assertThat(vm.overdueNotice().get()).isEmpty();
    }

    @Test
    void selectingACaseShowsItsDetailsAndOrderedMaterials() {
        vm.connect(() -> fake);
        assertThat(vm.details().shownProperty().get()).isFalse();
        vm.selectedProperty().set(vm.register().get(0));
        CaseDetailsViewModel d = vm.details();
        assertThat(d.shownProperty().get()).isTrue();
        assertThat(d.titleProperty().get()).isEqualTo("厦门某商场人防工程使用情况检查");
        assertThat(d.datesProperty().get()).isEqualTo("立案 2023年5月4日，结案 2023年5月20日，归档期限 2023年6月19日（已超期 12 天，尚未归档）");
        assertThat(d.expiryProperty().get()).isEqualTo("尚未归档；装订后自归档年度次年 1 月 1 日起算");
        assertThat(vm.materials().rows()).extracting(MaterialRow::seq, MaterialRow::title).first()
                .isEqualTo(org.assertj.core.groups.Tuple.tuple(1, "立案审批表"));
        assertThat(vm.materials().summaryProperty().get()).isEqualTo("共 4 份材料，8 页");
        vm.selectedProperty().set(null);
        assertThat(d.shownProperty().get()).isFalse();
        assertThat(vm.materials().rows()).isEmpty();
    }

    @Test
    void importRereadsTheRegisterAndSelectsTheNewCase() {
        vm.connect(() -> fake);
        vm.importFolder(Path.of("/cases/新检查案"));
        assertThat(vm.register()).hasSize(4);
        assertThat(vm.selectedProperty().get().summary().title()).isEqualTo("新检查案");
        assertThat(vm.details().titleProperty().get()).isEqualTo("新检查案");
        assertThat(vm.statusProperty().get()).isEqualTo("已导入“新检查案”，共 4 份材料。");
        assertThat(vm.busy().get()).isFalse();
        assertThat(shown).isEmpty();
    }

    @Test
    void importRefusalIsShownInChineseAndLeavesTheRegisterAlone() {
        vm.connect(() -> fake);
        int reads = fake.reads;
        fake.importFailure = new AnjuanException("case.numbered", "某置业公司未修建防空地下室案");
        vm.importFolder(Path.of("/cases/x"));
        assertThat(shown).containsExactly("未能导入案件文件夹|案件“某置业公司未修建防空地下室案”已取得案卷序号，不能再用案件文件夹覆盖；如需补正，请走补正手续。");
        assertThat(vm.register()).hasSize(3);
        assertThat(fake.reads).isEqualTo(reads);
        assertThat(vm.statusProperty().get()).isEqualTo("未能导入案件文件夹");
    }

    @Test
    void linkingARedoneCaseShowsTheLinkOnBothCases() {
        vm.connect(() -> fake);
        vm.selectedProperty().set(vm.register().stream().filter(r -> r.id() == 3).findFirst().orElseThrow());
        assertThat(vm.details().linksProperty().get()).isEqualTo("无");
        vm.details().linkRedone("1");
        assertThat(shown).isEmpty();
        assertThat(vm.statusProperty().get())
                .isEqualTo("已关联：案件 3（厦门某商场人防工程使用情况检查）重新作出原案 1（某置业公司未修建防空地下室案）。");
        assertThat(vm.details().linksProperty().get()).startsWith("本案系撤销原决定后另案重新作出：原案为案件 1（某置业公司未修建防空地下室案）");
        vm.selectedProperty().set(vm.register().stream().filter(r -> r.id() == 1).findFirst().orElseThrow());
        assertThat(vm.details().linksProperty().get()).startsWith("本案已被撤销：由案件 3（厦门某商场人防工程使用情况检查）另案重新作出");
    }

    @Test
    void anUnknownOriginalIsRefusedInChinese() {
        vm.connect(() -> fake);
        vm.selectedProperty().set(vm.register().get(0));
        vm.details().linkRedone("2023年厦国动罚字第99号");
        assertThat(shown).containsExactly("未能关联原案|找不到“2023年厦国动罚字第99号”：请写原案的案件 ID，或原案的归档号（如 2023年厦国动罚字第01号）。");
        assertThat(fake.links).isEmpty();
    }

    @Test
    void unexpectedFailuresAreShownWithAGeneralMessage() {
        vm.connect(() -> fake);
        fake.importFailure = new IllegalStateException("boom");
        vm.importFolder(Path.of("/cases/x"));
        assertThat(shown).singleElement().asString().startsWith("未能导入案件文件夹|发生了意外错误：java.lang.IllegalStateException: boom");
    }

    @Test
    void aLockedDatabaseIsExplainedAndTheCommandsStayOff() {
        vm.connect(() -> {
            throw new AnjuanException("store.locked", "/data/anjuan", "Database may be already in use");
        });
        assertThat(shown).singleElement().asString().startsWith("无法打开数据库|数据库“/data/anjuan”正被另一个程序独占使用");
        assertThat(vm.commandsDisabled().get()).isTrue();
        assertThat(vm.statusProperty().get()).startsWith("数据库未打开");
    }

    @Test
    void refreshKeepsTheSelection() {
        vm.connect(() -> fake);
        vm.selectedProperty().set(vm.register().get(1));
        fake.cases.add(0, summary(4, "新案", "某公司", LocalDate.of(2023, 6, 1), ""));
        vm.refresh();
        assertThat(vm.register()).hasSize(4);
        assertThat(vm.selectedProperty().get().id()).isEqualTo(2L);
        assertThat(vm.details().titleProperty().get()).isEqualTo("某小区人防工程维护管理检查");
    }
}
