package org.anjuan.domain;

import static org.anjuan.domain.BoxVolumes.boxed;
import static org.anjuan.domain.BoxVolumes.pages;
import static org.anjuan.domain.BoxVolumes.volume;
import static org.anjuan.domain.RetentionPeriod.PERMANENT;
import static org.anjuan.domain.RetentionPeriod.YEARS_10;
import static org.anjuan.domain.RetentionPeriod.YEARS_30;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Boxing plans as a clerk would check them on the shelf: which volumes, which spine, which box number. */
class BoxPlannerTest {

    /** 0.1 mm a sheet, 1 mm of covers a volume, one-sided, 2 mm left free in each box. */
    private final BoxPlanner planner = new BoxPlanner(BoxFilling.defaults());

    @Test
    void eachPeriodFillsItsOwnBoxesInArchiveNumberOrderWithTheNarrowestSpineThatHoldsThem() {
        List<BoxableVolume> fa = List.of(
                pages(volume(1, PERMANENT), 150),  // 16 mm
                pages(volume(2, YEARS_10), 40),    //  5 mm
                pages(volume(3, PERMANENT), 180),  // 19 mm
                pages(volume(4, PERMANENT), 120),  // 13 mm: 16 + 19 + 13 + 2 = 50, the box is full
                pages(volume(5, YEARS_10), 30),    //  4 mm
                pages(volume(6, PERMANENT), 60));  //  7 mm

        List<PlannedBox> plan = planner.plan(fa, (year, word) -> 1);

        assertThat(plan).extracting(b -> b.code().text()).containsExactly("2023-罚-001", "2023-罚-002", "2023-罚-003");
        assertThat(plan).extracting(b -> b.volumes().stream().map(BoxableVolume::seq).toList())
                .containsExactly(List.of(1, 3, 4), List.of(2, 5), List.of(6));
        assertThat(plan).extracting(PlannedBox::retention).containsExactly(PERMANENT, YEARS_10, PERMANENT);
        assertThat(plan).extracting(PlannedBox::spineMm).containsExactly(50, 20, 20);
        assertThat(plan).extracting(PlannedBox::thicknessMm).containsExactly("48.0", "9.0", "7.0");
        assertThat(plan).noneMatch(PlannedBox::oversize);
        // each box is a run the register accepts: the 10年 volumes between are no gap
        plan.forEach(b -> assertThat(BoxRun.of(b.volumes(), fa).volumes()).isEqualTo(b.volumes()));
    }

    @Test
    void yearsAndWordsNeverShareABoxAndEachIsNumberedOnFromItsLastBox() {
        BoxableVolume fa = volume(1, PERMANENT);
        BoxableVolume jian = volume(2023, "检", 1, YEARS_30, LocalDate.of(2023, 6, 1));
        BoxableVolume next = volume(2024, "罚", 1, PERMANENT, LocalDate.of(2024, 2, 1));

        List<PlannedBox> plan = planner.plan(List.of(next, jian, fa),
                (year, word) -> year == 2023 && word.equals("罚") ? 4 : 1);

        assertThat(plan).extracting(b -> b.code().text()).containsExactly("2023-检-001", "2023-罚-004", "2024-罚-001");
        assertThat(plan).allSatisfy(b -> assertThat(b.volumes()).hasSize(1))
                .allSatisfy(b -> assertThat(b.spineMm()).isEqualTo(20));
    }

    @Test
    void aVolumeBoxedByHandEndsTheBoxBeforeItAndIsNotPlannedAgain() {
        List<BoxableVolume> bound = List.of(volume(1, PERMANENT), boxed(volume(2, PERMANENT), 1),
                volume(3, PERMANENT), volume(4, PERMANENT));

        List<PlannedBox> plan = planner.plan(bound, (year, word) -> 2);

        assertThat(plan).extracting(b -> b.code().text() + " " + b.first().seq() + "–" + b.last().seq())
                .containsExactly("2023-罚-002 1–1", "2023-罚-003 3–4");
    }

    @Test
    void aVolumeTooThickForTheWidestBoxGetsABoxOfItsOwnAndIsFlagged() {
        List<BoxableVolume> bound = List.of(pages(volume(1, PERMANENT), 100), pages(volume(2, PERMANENT), 520),
                pages(volume(3, PERMANENT), 100));

        List<PlannedBox> plan = planner.plan(bound, (year, word) -> 1);

        assertThat(plan).extracting(b -> b.first().seq() + ":" + b.spineMm() + ":" + b.thicknessMm() + ":" + b.oversize())
                .containsExactly("1:20:11.0:false", "2:50:53.0:true", "3:20:11.0:false");
    }

    @Test
    void twoSidedPagesTakeHalfTheSheetsAndBadSettingsAreRefused() {
        BoxFilling duplex = new BoxFilling(0.1, 1.0, true, 2.0);
        assertThat(duplex.sheets(151)).isEqualTo(76);
        assertThat(BoxFilling.mm(duplex.thicknessUm(151))).isEqualTo("8.6");
        assertThat(BoxFilling.mm(BoxFilling.defaults().thicknessUm(151))).isEqualTo("16.1");
        assertThatThrownBy(() -> new BoxFilling(0, 1.0, false, 2.0)).isInstanceOfSatisfying(AnjuanException.class,
                e -> assertThat(e.args()).containsExactly("box.sheet.mm", "0", "0.01", "1"));
    }
}
