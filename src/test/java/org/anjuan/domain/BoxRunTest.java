package org.anjuan.domain;

import static org.anjuan.domain.BoxVolumes.boxed;
import static org.anjuan.domain.BoxVolumes.volume;
import static org.anjuan.domain.RetentionPeriod.PERMANENT;
import static org.anjuan.domain.RetentionPeriod.YEARS_10;
import static org.anjuan.domain.RetentionPeriod.YEARS_30;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class BoxRunTest {

    private final BoxableVolume v1 = volume(1, PERMANENT);
    private final BoxableVolume v2 = volume(2, PERMANENT);
    private final BoxableVolume v3 = volume(3, PERMANENT);
    private final BoxableVolume v4 = volume(4, PERMANENT);
    private final List<BoxableVolume> bound = List.of(v1, v2, v3, v4);

    @Test
    void consecutiveVolumesOfOneYearWordAndPeriodShareABoxInArchiveNumberOrder() {
        BoxRun run = BoxRun.of(List.of(v3, v1, v2, v1), bound);

        assertThat(run.volumes()).containsExactly(v1, v2, v3);
        assertThat(run.first().archiveNumber()).isEqualTo("2023年厦国动罚字第01号");
        assertThat(run.last().archiveNumber()).isEqualTo("2023年厦国动罚字第03号");
        assertThat(run.year()).isEqualTo(2023);
        assertThat(run.word()).isEqualTo("罚");
        assertThat(run.retention()).isEqualTo(PERMANENT);
    }

    @Test
    void aVoidedNumberHasNoVolumeAndLeavesNoGap() {
        // 第03号 was voided: the bound volumes of 2023 罚 are 01, 02, 04
        assertThat(BoxRun.of(List.of(v2, v4), List.of(v1, v2, v4)).volumes()).containsExactly(v2, v4);
    }

    @Test
    void aBoundVolumeLeftOutInTheMiddleIsNamed() {
        refused(() -> BoxRun.of(List.of(v1, v2, v4), bound), "box.run.gap",
                "2023年厦国动罚字第03号（永久）", "2023年厦国动罚字第01号", "2023年厦国动罚字第04号");
    }

    @Test
    void aVolumeOfAnotherPeriodInTheMiddleIsNoGapForItCanNeverShareTheBox() {
        // periods alternating 永久, 10年, 永久: the 10年 volume goes to a box of its own period
        BoxableVolume simple = volume(2, YEARS_10);
        assertThat(BoxRun.of(List.of(v1, v3), List.of(v1, simple, v3)).volumes()).containsExactly(v1, v3);
        refused(() -> BoxRun.of(List.of(v1, v4), List.of(v1, simple, v3, v4)), "box.run.gap",
                "2023年厦国动罚字第03号（永久）", "2023年厦国动罚字第01号", "2023年厦国动罚字第04号");
    }

    @Test
    void theVolumeWhosePeriodDiffersFromTheRestIsNamed() {
        BoxableVolume thirty = volume(3, YEARS_30);
        refused(() -> BoxRun.of(List.of(v1, v2, thirty, v4), List.of(v1, v2, thirty, v4)), "box.run.retention",
                "2023年厦国动罚字第03号", "30年", "永久");
    }

    @Test
    void onATieOfPeriodsTheFirstVolumesPeriodIsTheBoxes() {
        BoxableVolume ten = volume(2, YEARS_10);
        refused(() -> BoxRun.of(List.of(ten, v1), List.of(v1, ten)), "box.run.retention",
                "2023年厦国动罚字第02号", "10年", "永久");
    }

    @Test
    void volumesOfAnotherYearOrWordAreRefused() {
        BoxableVolume nextYear = volume(2024, "罚", 1, PERMANENT, LocalDate.of(2024, 2, 1));
        refused(() -> BoxRun.of(List.of(v1, nextYear), bound), "box.run.year",
                "2024年厦国动罚字第01号", "2024", "2023年厦国动罚字第01号", "2023");
        BoxableVolume inspection = volume(2023, "检", 2, PERMANENT, LocalDate.of(2023, 5, 1));
        refused(() -> BoxRun.of(List.of(v1, inspection), bound), "box.run.word",
                "2023年厦国动检字第02号", "检", "2023年厦国动罚字第01号", "罚");
    }

    @Test
    void aVolumeAlreadyInABoxIsNamedWithItsBox() {
        BoxableVolume inBoxOne = boxed(v2, 1);
        refused(() -> BoxRun.of(List.of(v1, inBoxOne, v3), List.of(v1, inBoxOne, v3)), "box.run.boxed",
                "2023年厦国动罚字第02号（2023-罚-001）");
    }

    @Test
    void anEmptyBoxIsRefused() {
        refused(() -> BoxRun.of(List.of(), bound), "box.run.empty");
    }

    private static void refused(ThrowingCallable call, String key, Object... args) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AnjuanException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.args()).containsExactly(args);
        });
    }
}
