package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The boxing plan against random registers: two years, two words, three periods, volumes of 1 to 600 pages,
 * some already boxed by hand, and random thickness settings. Named *Test so the default test run includes it.
 */
class BoxPlannerPropertyTest {

    /** One slot a number: its period and pages, whether it is boxed already, or null for a voided number. */
    record Slot(RetentionPeriod period, int pages, boolean boxed) {
    }

    record Register(List<BoxableVolume> bound, BoxFilling filling) {
    }

    @Property(tries = 400)
    void everyUnboxedVolumeIsPlannedExactlyOnceAndNoBoxedOneIsPlannedAgain(@ForAll("registers") Register r) {
        List<PlannedBox> plan = plan(r);
        List<String> planned = plan.stream().flatMap(b -> b.volumes().stream()).map(BoxableVolume::archiveNumber)
                .toList();
        assertThat(planned).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                r.bound().stream().filter(v -> !v.boxed()).map(BoxableVolume::archiveNumber).toList());
    }

    @Property(tries = 400)
    void aBoxNeverMixesYearWordOrPeriodAndIsARunTheRegisterAccepts(@ForAll("registers") Register r) {
        for (PlannedBox b : plan(r)) {
            assertThat(b.volumes()).extracting(v -> List.of(v.year(), v.word(), v.retention())).containsOnly(
                    List.of(b.code().year(), b.code().word(), b.retention()));
            List<BoxableVolume> sameWord = r.bound().stream()
                    .filter(v -> v.year() == b.code().year() && v.word().equals(b.code().word())).toList();
            assertThat(BoxRun.of(b.volumes(), sameWord).volumes()).isEqualTo(b.volumes());
        }
    }

    @Property(tries = 400)
    void boxesKeepArchiveNumberOrderAndAreNumberedOnFromTheRegister(@ForAll("registers") Register r) {
        Map<List<Object>, List<PlannedBox>> byWord = plan(r).stream()
                .collect(Collectors.groupingBy(b -> List.of(b.code().year(), b.code().word())));
        byWord.forEach((yearAndWord, boxes) -> {
            assertThat(boxes).extracting(b -> b.code().number())
                    .containsExactlyElementsOf(range(next((Integer) yearAndWord.get(0), (String) yearAndWord.get(1)),
                            boxes.size()));
            assertThat(boxes).extracting(b -> b.first().seq()).isSorted();
            boxes.forEach(b -> assertThat(b.volumes()).extracting(BoxableVolume::seq).isSorted()
                    .doesNotHaveDuplicates());
            // within one period, a later box starts after the earlier one ends
            boxes.stream().collect(Collectors.groupingBy(PlannedBox::retention)).values().forEach(period -> {
                for (int i = 1; i < period.size(); i++) {
                    assertThat(period.get(i).first().seq()).isGreaterThan(period.get(i - 1).last().seq());
                }
            });
        });
    }

    @Property(tries = 400)
    void noBoxIsOverFilledAndEachHasTheNarrowestSpineThatHoldsIt(@ForAll("registers") Register r) {
        long margin = r.filling().marginUm();
        for (PlannedBox b : plan(r)) {
            long needed = b.thicknessUm() + margin;
            assertThat(b.thicknessUm()).isEqualTo(
                    b.volumes().stream().mapToLong(v -> r.filling().thicknessUm(v.numberedPages())).sum());
            if (b.oversize()) {
                assertThat(b.volumes()).hasSize(1);
                assertThat(b.spineMm()).isEqualTo(50);
                assertThat(needed).isGreaterThan(50_000);
            } else {
                assertThat(needed).isLessThanOrEqualTo(b.spineMm() * 1000L);
                ArchiveBox.SPINE_WIDTHS.stream().filter(w -> w < b.spineMm())
                        .forEach(w -> assertThat(needed).isGreaterThan(w * 1000L));
            }
        }
    }

    @Property(tries = 400)
    void aBoxIsClosedOnlyWhenTheNextVolumeWouldNotFitOrIsBoxedAlready(@ForAll("registers") Register r) {
        List<BoxableVolume> sorted = r.bound().stream().sorted(Comparator.comparingInt(BoxableVolume::year)
                .thenComparing(BoxableVolume::word).thenComparingInt(BoxableVolume::seq)).toList();
        for (PlannedBox b : plan(r)) {
            sorted.stream().filter(v -> v.year() == b.code().year() && v.word().equals(b.code().word())
                            && v.retention() == b.retention() && v.seq() > b.last().seq())
                    .findFirst().filter(next -> !next.boxed())
                    .ifPresent(next -> assertThat(b.thicknessUm() + r.filling().thicknessUm(next.numberedPages())
                            + r.filling().marginUm()).isGreaterThan(50_000));
        }
    }

    private static List<PlannedBox> plan(Register r) {
        return new BoxPlanner(r.filling()).plan(r.bound(), BoxPlannerPropertyTest::next);
    }

    /** The register's next box number: differs by year and word, so numbering is seen to follow it. */
    private static int next(int year, String word) {
        return (year - 2022) * 3 + word.length() + (word.equals("罚") ? 0 : 4);
    }

    private static List<Integer> range(int from, int count) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(from + i);
        }
        return all;
    }

    @Provide
    Arbitrary<Register> registers() {
        Arbitrary<Slot> slot = Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(RetentionPeriod.PERMANENT)),
                        Tuple.of(3, Arbitraries.just(RetentionPeriod.YEARS_30)),
                        Tuple.of(3, Arbitraries.just(RetentionPeriod.YEARS_10))),
                Arbitraries.frequencyOf(Tuple.of(20, Arbitraries.integers().between(1, 220)),
                        Tuple.of(1, Arbitraries.integers().between(221, 600))),
                Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true)))
                        ).as(Slot::new);
        Arbitrary<Slot> slotOrVoid = Arbitraries.frequencyOf(Tuple.of(10, slot), Tuple.of(1, Arbitraries.just(null)));
        Arbitrary<List<Slot>> word = slotOrVoid.list().ofMaxSize(30);
        Arbitrary<BoxFilling> filling = Combinators.combine(Arbitraries.of(0.05, 0.08, 0.1, 0.12),
                Arbitraries.of(0.0, 0.6, 1.0, 2.5), Arbitraries.of(true, false), Arbitraries.of(0.0, 2.0, 5.0))
                .as(BoxFilling::new);
        return Combinators.combine(word, word, word, filling).as((fa2023, jian2023, fa2024, f) -> {
            List<BoxableVolume> bound = new ArrayList<>();
            add(bound, 2023, "罚", fa2023);
            add(bound, 2023, "检", jian2023);
            add(bound, 2024, "罚", fa2024);
            return new Register(bound, f);
        });
    }

    private static void add(List<BoxableVolume> bound, int year, String word, List<Slot> slots) {
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            if (s != null) {
                int seq = i + 1;
                long id = bound.size() + 1L;
                bound.add(new BoxableVolume(id, BoxVolumes.number(year, word, seq), year, word, seq,
                        Category.OTHER, s.period(), LocalDate.of(year, 1, 1), "第" + seq + "号案", s.pages(),
                        s.boxed() ? 900L + seq : null, s.boxed() ? 1 : null));
            }
        }
    }
}
