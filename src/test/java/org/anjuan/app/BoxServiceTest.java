package org.anjuan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveBox;
import org.anjuan.domain.BoxLabel;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.domain.Category;
import org.anjuan.domain.RetentionPeriod;
import org.anjuan.i18n.Messages;
import org.anjuan.store.BoxRepository;
import org.anjuan.store.Database;
import org.anjuan.store.RegisterFixture;
import org.anjuan.store.SettingsStore;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoxServiceTest {

    @TempDir
    Path dir;

    private Database db;
    private BoxService service;
    private RegisterFixture register;
    private final Messages chinese = Messages.chinese();

    @BeforeEach
    void open() {
        db = Database.openFile(dir.resolve("register"));
        service = new BoxService(db, new BoxRepository(db), new SettingsStore(db), "档案员");
        register = new RegisterFixture(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theClerksRunBecomesBoxOneWithTheLabelArticleEightAsksFor() {
        register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 3, 20), 2);
        register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 11, 2), 1);

        ArchiveBox box = service.createBox(
                List.of("2023年厦国动罚字第03号", "2023年厦国动罚字第01号", "2023年厦国动罚字第02号"), 30);
        BoxLabel label = service.label(box.id());

        assertThat(box.code().text()).isEqualTo("2023-罚-001");
        assertThat(box.volumes()).extracting(BoxableVolume::archiveNumber).containsExactly(
                "2023年厦国动罚字第01号", "2023年厦国动罚字第02号", "2023年厦国动罚字第03号");
        assertThat(label).isEqualTo(new BoxLabel("厦门市国防动员办公室", "行政处罚", 2023,
                "2023年3月20日至2023年11月2日", "2023年厦国动罚字第01号", "2023年厦国动罚字第03号", "永久", 1, 30,
                "2023-罚-001", 3));
        assertThat(service.box("2023-罚-001")).isEqualTo(service.box(Long.toString(box.id()))).isEqualTo(box);
        // what a scanner reads from the label's QR code finds the box too
        assertThat(label.qrText()).isEqualTo("2023-罚-001 2023年厦国动罚字第01号至2023年厦国动罚字第03号");
        assertThat(service.box(label.qrText())).isEqualTo(box);
        assertThat(service.boxes()).containsExactly(box);
    }

    @Test
    void aRangeTakesEveryBoundVolumeBetweenTheTwoNumbersSkippingVoidedOnes() {
        register.bind(Category.PUNISHMENT_SIMPLE, LocalDate.of(2023, 5, 8), 1);
        register.voidedNumber(2023, "罚");
        register.bind(Category.PUNISHMENT_SIMPLE, LocalDate.of(2023, 5, 9), 2);

        ArchiveBox box = service.createBox("2023年厦国动罚字第04号", "2023年厦国动罚字第01号", 20);

        assertThat(box.volumes()).extracting(BoxableVolume::seq).containsExactly(1, 3, 4);
        assertThat(box.retention()).isEqualTo(RetentionPeriod.YEARS_10);
        assertThat(service.label(box.id()).filingTime()).isEqualTo("2023年5月8日至2023年5月9日");
        assertThat(service.boxableVolumes(2023, "罚")).allMatch(BoxableVolume::boxed);
    }

    @Test
    void aVolumeOfAnotherPeriodIsNamedInChineseAndNoBoxIsSaved() {
        register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 3, 20), 2);
        String chosen = register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 4, 1), 1).get(0);
        register.chooseRetention(chosen, RetentionPeriod.YEARS_30);
        register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 4, 2), 1);

        refused(() -> service.createBox("2023年厦国动罚字第01号", "2023年厦国动罚字第04号", 30),
                "2023年厦国动罚字第03号的保管期限是30年，与盒内其他案卷（永久）不同，不能装入同一盒。");
        refused(() -> service.createBox(List.of("2023年厦国动罚字第01号", "2023年厦国动罚字第04号"), 30),
                "2023年厦国动罚字第02号（永久）的案卷序号在本盒起止卷号 2023年厦国动罚字第01号 至 "
                        + "2023年厦国动罚字第04号 之间，却未装入本盒。");
        assertThat(service.boxes()).isEmpty();
        // the 30年 volume between them never shares their box, so it leaves no gap
        assertThat(service.createBox(List.of("2023年厦国动罚字第02号", "2023年厦国动罚字第04号"), 30).volumes())
                .extracting(BoxableVolume::seq).containsExactly(2, 4);
    }

    @Test
    void aVolumeAlreadyBoxedIsNamedWithItsBox() {
        register.bind(Category.INSPECTION, LocalDate.of(2023, 6, 1), 3);
        service.createBox("2023年厦国动检字第01号", "2023年厦国动检字第02号", 30);

        refused(() -> service.createBox("2023年厦国动检字第02号", "2023年厦国动检字第03号", 30),
                "2023年厦国动检字第02号（2023-检-001）已装入档案盒，不能再装入其他盒。");
        ArchiveBox second = service.createBox(List.of("2023年厦国动检字第03号"), 20);
        assertThat(second.code().text()).isEqualTo("2023-检-002");
    }

    @Test
    void badSpinesNumbersAndCodesAreRefusedInChinese() {
        register.bind(Category.PERMIT, LocalDate.of(2023, 6, 1), 1);
        register.bind(Category.PERMIT, LocalDate.of(2024, 1, 5), 1);

        refused(() -> service.createBox(List.of("2023年厦国动许字第01号"), 35), "盒脊厚度 35 毫米无效：可用 20、30、40、50 毫米。");
        refused(() -> service.createBox(List.of("2023年厦国动许字第09号"), 30), "“2023年厦国动许字第09号”不是已装订的案卷");
        refused(() -> service.createBox("2023年厦国动许字第01号", "2024年厦国动许字第01号", 30),
                "2024年厦国动许字第01号是2024年度的案卷，与2023年厦国动许字第01号（2023年度）不同，不能装入同一盒。");
        refused(() -> service.createBox(List.of(), 30), "没有选择案卷");
        refused(() -> service.box("2023-许-009"), "档案盒“2023-许-009”不存在。");
        refused(() -> service.box("第一盒"), "“第一盒”不是档案盒编号");
        assertThat(service.boxes()).isEmpty();
    }

    @Test
    void volumesAreListedByYearAndCategoryOrWordOrTheBoxesCategory() {
        register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 3, 20), 1);
        register.bind(Category.PUNISHMENT_SIMPLE, LocalDate.of(2023, 3, 21), 1);
        register.bind(Category.INSPECTION, LocalDate.of(2023, 3, 22), 1);
        register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2024, 3, 20), 1);

        List<String> fa2023 = List.of("2023年厦国动罚字第01号", "2023年厦国动罚字第02号");
        for (String category : List.of("罚", "行政处罚", "行政处罚简易程序", "PUNISHMENT_GENERAL")) {
            assertThat(service.boxableVolumes(2023, category)).extracting(BoxableVolume::archiveNumber)
                    .containsExactlyElementsOf(fa2023);
        }
        assertThat(service.boxableVolumes(null, "行政处罚")).hasSize(3);
        assertThat(service.boxableVolumes(2023, null)).hasSize(3);
        assertThat(service.boxableVolumes()).hasSize(4);
        refused(() -> service.boxableVolumes(2023, "行政奖励"), "未知的执法类别或类别字“行政奖励”");
    }

    @Test
    void twoClerksBoxingOverlappingRunsAtOnceGetOneBoxAndOneClearRefusal() throws Exception {
        register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 3, 20), 5);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> clerks = new ArrayList<>();
        for (String[] run : List.of(new String[] {"01", "03"}, new String[] {"03", "05"})) {
            clerks.add(() -> {
                start.await();
                try {
                    return service.createBox("2023年厦国动罚字第" + run[0] + "号", "2023年厦国动罚字第" + run[1] + "号",
                            30).code().text();
                } catch (AnjuanException e) {
                    return chinese.text(e);
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = clerks.stream().map(pool::submit).toList();
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn("2023-罚-001"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.contains("2023年厦国动罚字第03号（2023-罚-001）已装入档案盒")).hasSize(1);
        assertThat(service.boxes()).singleElement().satisfies(b -> assertThat(b.volumes()).hasSize(3));
    }

    private void refused(ThrowingCallable call, String text) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AnjuanException.class,
                e -> assertThat(chinese.text(e)).contains(text));
    }
}
