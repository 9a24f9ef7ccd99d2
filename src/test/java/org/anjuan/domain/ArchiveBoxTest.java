package org.anjuan.domain;

import static org.anjuan.domain.BoxVolumes.volume;
import static org.anjuan.domain.RetentionPeriod.PERMANENT;
import static org.anjuan.domain.RetentionPeriod.YEARS_10;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveBoxTest {

    @Test
    void theLabelShowsWhatArticleEightAsksForWithTheEarliestAndLatestClosingDates() {
        ArchiveBox box = box(3, 30,
                volume(2023, "罚", 7, PERMANENT, LocalDate.of(2023, 11, 20)),
                volume(2023, "罚", 5, PERMANENT, LocalDate.of(2023, 3, 1)),
                volume(2023, "罚", 6, PERMANENT, LocalDate.of(2023, 12, 11)));

        BoxLabel label = BoxLabel.of(box, "厦门市国防动员办公室");

        assertThat(label.category()).isEqualTo("行政处罚");
        assertThat(label.filingTime()).isEqualTo("2023年3月1日至2023年12月11日");
        assertThat(label.firstNumber()).isEqualTo("2023年厦国动罚字第05号");
        assertThat(label.lastNumber()).isEqualTo("2023年厦国动罚字第07号");
        assertThat(label.retention()).isEqualTo("永久");
        assertThat(label.boxNumber()).isEqualTo(3);
        assertThat(label.spineMm()).isEqualTo(30);
        assertThat(label.code()).isEqualTo("2023-罚-003");
        assertThat(label.year()).isEqualTo(2023);
        assertThat(label.fonds()).isEqualTo("厦门市国防动员办公室");
        assertThat(label.volumes()).isEqualTo(3);
    }

    @Test
    void aBoxClosedOnOneDayShowsOneDateAndOneVolumeIsItsOwnFirstAndLast() {
        BoxLabel label = BoxLabel.of(box(1, 20, volume(2023, "罚", 9, YEARS_10, LocalDate.of(2023, 8, 21))),
                "厦门市国防动员办公室");

        assertThat(label.filingTime()).isEqualTo("2023年8月21日");
        assertThat(label.firstNumber()).isEqualTo(label.lastNumber()).isEqualTo("2023年厦国动罚字第09号");
        assertThat(label.retention()).isEqualTo("10年");
        // a 简易程序 punishment goes into a 行政处罚 box, like the 一般程序 ones that share its word
        assertThat(label.category()).isEqualTo("行政处罚");
    }

    @Test
    void everyCategoryHasAShortBoxName() {
        assertThat(Category.PERMIT.boxLabel()).isEqualTo("行政许可");
        assertThat(Category.PUNISHMENT_GENERAL.boxLabel()).isEqualTo("行政处罚");
        assertThat(Category.PUNISHMENT_SIMPLE.boxLabel()).isEqualTo("行政处罚");
        assertThat(Category.INSPECTION.boxLabel()).isEqualTo("行政检查");
        assertThat(Category.OTHER.boxLabel()).isEqualTo("其他行政执法");
    }

    @Test
    void theCodeNamesYearWordAndNumberAndReadsBack() {
        assertThat(new BoxCode(2023, "罚", 1).text()).isEqualTo("2023-罚-001");
        assertThat(new BoxCode(2024, "检", 1234).text()).isEqualTo("2024-检-1234");
        assertThat(BoxCode.parse(" 2023-罚-001 ")).isEqualTo(new BoxCode(2023, "罚", 1));
        assertThat(BoxCode.parse("2023-罚-12")).isEqualTo(new BoxCode(2023, "罚", 12));
        for (String bad : List.of("2023罚001", "23-罚-001", "2023-罚-000", "2023--001", "2023-罚-x", "")) {
            assertThatThrownBy(() -> BoxCode.parse(bad)).isInstanceOfSatisfying(AnjuanException.class,
                    e -> assertThat(e.key()).isEqualTo("box.code.invalid"));
        }
    }

    @Test
    void onlyTheSpineWidthsBoxesAreMadeInAreAccepted() {
        assertThat(ArchiveBox.SPINE_WIDTHS).allSatisfy(mm -> assertThat(ArchiveBox.checkSpine(mm)).isEqualTo(mm));
        assertThatThrownBy(() -> ArchiveBox.checkSpine(35)).isInstanceOfSatisfying(AnjuanException.class, e -> {
            assertThat(e.key()).isEqualTo("box.spine.invalid");
            assertThat(e.args()).containsExactly("35", "20、30、40、50");
        });
    }

    private static ArchiveBox box(int number, int spine, BoxableVolume... volumes) {
        return new ArchiveBox(number, 2023, "罚", number, volumes[0].retention(), spine,
                LocalDateTime.of(2024, 1, 5, 9, 30), "档案员", List.of(volumes));
    }
}
