package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.ARCHIVE_BOX;
import static org.anjuan.store.jooq.Tables.AUDIT_LOG;
import static org.anjuan.store.jooq.Tables.BOX_VOLUME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveBox;
import org.anjuan.domain.BoxCode;
import org.anjuan.domain.BoxLocation;
import org.anjuan.domain.BoxRun;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.domain.CaseFlag;
import org.anjuan.domain.Category;
import org.anjuan.domain.PlannedBox;
import org.anjuan.domain.RetentionPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class BoxRepositoryTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;

    private Database db;
    private BoxRepository boxes;
    private RegisterFixture register;

    @BeforeEach
    void open() {
        db = engine.openFile(dir.resolve("register"));
        boxes = new BoxRepository(db);
        register = new RegisterFixture(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void boundVolumesCarryTheirNumberCaseRetentionAndClosingDate() {
        register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 3, 20), 2);
        String voided = register.voidedNumber(2023, "罚");
        register.bind(Category.PUNISHMENT_SIMPLE, LocalDate.of(2023, 5, 8), 1);
        String chosen = register.bind(Category.PUNISHMENT_SIMPLE, LocalDate.of(2023, 6, 1), 1).get(0);
        register.chooseRetention(chosen, RetentionPeriod.YEARS_30);
        register.bind(Category.INSPECTION, LocalDate.of(2023, 7, 2), 1);
        register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2024, 1, 9), 1, Set.of(CaseFlag.MAJOR));

        assertThat(boxes.boundVolumes(2023, "罚")).extracting(BoxableVolume::archiveNumber, BoxableVolume::seq,
                BoxableVolume::category, BoxableVolume::retention, BoxableVolume::closed, BoxableVolume::boxed)
                .containsExactly(
                        tuple("2023年厦国动罚字第01号", 1, Category.PUNISHMENT_GENERAL, RetentionPeriod.PERMANENT,
                                LocalDate.of(2023, 3, 20), false),
                        tuple("2023年厦国动罚字第02号", 2, Category.PUNISHMENT_GENERAL, RetentionPeriod.PERMANENT,
                                LocalDate.of(2023, 3, 20), false),
                        tuple("2023年厦国动罚字第04号", 4, Category.PUNISHMENT_SIMPLE, RetentionPeriod.YEARS_10,
                                LocalDate.of(2023, 5, 8), false),
                        tuple("2023年厦国动罚字第05号", 5, Category.PUNISHMENT_SIMPLE, RetentionPeriod.YEARS_30,
                                LocalDate.of(2023, 6, 1), false));
        assertThat(voided).isEqualTo("2023年厦国动罚字第03号");
        assertThat(boxes.boundVolumes(null, null)).extracting(BoxableVolume::archiveNumber).containsExactly(
                "2023年厦国动检字第01号", "2023年厦国动罚字第01号", "2023年厦国动罚字第02号", "2023年厦国动罚字第04号",
                "2023年厦国动罚字第05号", "2024年厦国动罚字第01号");
        BoxableVolume major = boxes.findVolume("2024年厦国动罚字第01号").orElseThrow();
        assertThat(major.retention()).isEqualTo(RetentionPeriod.PERMANENT);
        assertThat(major.caseTitle()).endsWith("违法案");
        assertThat(major.numberedPages()).isEqualTo(100);
        assertThat(boxes.findVolume(voided)).isEmpty();
    }

    @Test
    void boxesAreNumberedFromOnePerYearAndWordAndTheCreationIsAudited() {
        List<String> fa = register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 3, 20), 3);
        register.bind(Category.INSPECTION, LocalDate.of(2023, 4, 1), 1);
        int auditBefore = db.dsl().fetchCount(AUDIT_LOG);

        ArchiveBox first = boxes.save(run(2023, "罚", fa.subList(0, 2)), 30, "档案员");
        ArchiveBox second = boxes.save(run(2023, "罚", fa.subList(2, 3)), 20, "档案员");
        ArchiveBox inspection = boxes.save(run(2023, "检", List.of("2023年厦国动检字第01号")), 40, "档案员");

        assertThat(List.of(first, second, inspection)).extracting(b -> b.code().text())
                .containsExactly("2023-罚-001", "2023-罚-002", "2023-检-001");
        assertThat(first.volumes()).extracting(BoxableVolume::archiveNumber)
                .containsExactlyElementsOf(fa.subList(0, 2));
        assertThat(first.volumes()).allSatisfy(v -> assertThat(v.boxCode()).isEqualTo(new BoxCode(2023, "罚", 1)));
        assertThat(first.retention()).isEqualTo(RetentionPeriod.PERMANENT);
        assertThat(first.spineMm()).isEqualTo(30);
        assertThat(first.createdBy()).isEqualTo("档案员");
        assertThat(boxes.nextNumber(2023, "罚")).isEqualTo(3);
        assertThat(boxes.nextNumber(2024, "罚")).isEqualTo(1);

        assertThat(boxes.all()).extracting(b -> b.code().text())
                .containsExactly("2023-检-001", "2023-罚-001", "2023-罚-002");
        assertThat(boxes.find(second.id())).hasValueSatisfying(b ->
                assertThat(b.volumes()).extracting(BoxableVolume::archiveNumber).containsExactly(fa.get(2)));
        assertThat(boxes.find(new BoxCode(2023, "罚", 1))).hasValueSatisfying(b -> assertThat(b.id())
                .isEqualTo(first.id()));
        assertThat(boxes.find(new BoxCode(2023, "罚", 9))).isEmpty();
        assertThat(boxes.boundVolumes(2023, "罚")).extracting(BoxableVolume::boxNumber).containsExactly(1, 1, 2);

        assertThat(db.dsl().fetchCount(AUDIT_LOG)).isEqualTo(auditBefore + 3);
        assertThat(db.dsl().select(AUDIT_LOG.ACTION, AUDIT_LOG.ENTITY_ID, AUDIT_LOG.DETAIL).from(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY_ID.eq("2023-罚-001")).fetchOne())
                .satisfies(r -> {
                    assertThat(r.value1()).isEqualTo("box.create");
                    assertThat(r.value3()).contains(fa.get(0)).contains(fa.get(1)).contains("30 mm");
                });
    }

    @Test
    void aVolumeBoxedMeanwhileByAnotherClerkIsRefusedAndNothingIsHalfSaved() {
        List<String> fa = register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 3, 20), 3);
        BoxRun checkedBeforeTheOtherClerkSaved = run(2023, "罚", fa);
        boxes.save(run(2023, "罚", fa.subList(1, 2)), 30, "另一档案员");
        int audit = db.dsl().fetchCount(AUDIT_LOG);

        assertThatThrownBy(() -> boxes.save(checkedBeforeTheOtherClerkSaved, 30, "档案员"))
                .isInstanceOfSatisfying(AnjuanException.class, e -> {
                    assertThat(e.key()).isEqualTo("box.volume.taken");
                    assertThat(e.args()).containsExactly(fa.get(0), fa.get(2));
                });

        assertThat(db.dsl().fetchCount(ARCHIVE_BOX)).isEqualTo(1);
        assertThat(db.dsl().fetchCount(BOX_VOLUME)).isEqualTo(1);
        assertThat(db.dsl().fetchCount(AUDIT_LOG)).isEqualTo(audit);
        assertThat(boxes.nextNumber(2023, "罚")).isEqualTo(2);
    }

    @Test
    void clerksBoxingAtOnceGetDistinctNumbersAndAVolumeGoesIntoOneBoxOnly() throws Exception {
        List<String> fa = register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 3, 20), 8);
        List<BoxRun> distinct = fa.stream().map(n -> run(2023, "罚", List.of(n))).toList();
        BoxRun contested = run(2023, "罚", List.of(fa.get(0))); // checked by two clerks before either saved
        List<Callable<Object>> clerks = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 1; i < distinct.size(); i++) {
            BoxRun r = distinct.get(i);
            clerks.add(() -> {
                start.await();
                return boxes.save(r, 20, "档案员");
            });
        }
        for (int i = 0; i < 2; i++) {
            clerks.add(() -> {
                start.await();
                try {
                    return boxes.save(contested, 20, "档案员");
                } catch (AnjuanException e) {
                    return e.key();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(clerks.size());
        List<Future<Object>> results = clerks.stream().map(pool::submit).toList();
        start.countDown();
        List<Object> done = new ArrayList<>();
        for (Future<Object> f : results) {
            done.add(f.get());
        }
        pool.shutdown();

        assertThat(done.stream().filter(ArchiveBox.class::isInstance)).hasSize(8);
        assertThat(done.stream().filter("box.volume.taken"::equals)).hasSize(1);
        assertThat(boxes.all()).extracting(ArchiveBox::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(boxes.boundVolumes(2023, "罚")).allMatch(BoxableVolume::boxed);
    }

    @Test
    void aPlannedBoxKeepsItsEstimateAndItsPlaceAndBothAreAudited() {
        List<String> fa = register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 3, 20), 3);
        PlannedBox planned = new PlannedBox(new BoxCode(2023, "罚", 1), RetentionPeriod.PERMANENT, 40,
                run(2023, "罚", fa).volumes(), 33_300L, false);

        ArchiveBox box = boxes.savePlanned(run(2023, "罚", fa), planned, "档案员");
        assertThat(box.contentsUm()).isEqualTo(33_300L);
        assertThat(box.spineMm()).isEqualTo(40);
        assertThat(box.located()).isFalse();

        ArchiveBox shelved = boxes.locate(box.id(), new BoxLocation(" 一号库房 ", "3柜", ""), "档案员");
        assertThat(shelved.location()).isEqualTo(new BoxLocation("一号库房", "3柜", null));
        assertThat(boxes.find(new BoxCode(2023, "罚", 1)).orElseThrow().location().text()).isEqualTo("一号库房 / 3柜");
        assertThat(db.dsl().select(AUDIT_LOG.ACTION, AUDIT_LOG.DETAIL).from(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY_ID.eq("2023-罚-001")).orderBy(AUDIT_LOG.ID).fetch())
                .extracting(r -> r.value1() + ": " + r.value2()).containsExactly(
                        "box.plan.apply: " + fa.get(0) + " – " + fa.get(2) + ", 3 volumes, 永久, spine 40 mm, contents 33300 µm",
                        "box.locate: 一号库房 / 3柜");
    }

    @Test
    void aPlannedBoxWhoseNumberWasTakenMeanwhileIsRefused() {
        List<String> fa = register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 3, 20), 2);
        boxes.save(run(2023, "罚", fa.subList(0, 1)), 20, "另一位档案员");
        PlannedBox planned = new PlannedBox(new BoxCode(2023, "罚", 1), RetentionPeriod.PERMANENT, 20,
                run(2023, "罚", fa.subList(1, 2)).volumes(), 11_100L, false);

        assertThatThrownBy(() -> boxes.savePlanned(run(2023, "罚", fa.subList(1, 2)), planned, "档案员"))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.args())
                        .containsExactly("2023-罚-001", "2023-罚-002"));
        assertThat(boxes.all()).hasSize(1);
        assertThatThrownBy(() -> boxes.locate(99, new BoxLocation("一号库房", null, null), "档案员"))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.key()).isEqualTo("box.notFound"));
    }

    private BoxRun run(int year, String word, List<String> numbers) {
        List<BoxableVolume> bound = boxes.boundVolumes(year, word);
        return BoxRun.of(bound.stream().filter(v -> numbers.contains(v.archiveNumber())).toList(), bound);
    }
}
