package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The box rule against random registers of one year and word: numbers 1..n, some voided (no volume), each
 * bound volume with a random period. Named *Test so that the build's default test run includes it.
 */
class BoxRunPropertyTest {

    /** One bound volume per non-null slot; slot i holds number i + 1. */
    record Register(List<RetentionPeriod> slots, int from, int to, long seed) {

        List<BoxableVolume> bound() {
            List<BoxableVolume> all = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                if (slots.get(i) != null) {
                    all.add(BoxVolumes.volume(i + 1, slots.get(i)));
                }
            }
            return all;
        }

        /** The bound volumes numbered from..to, shuffled as a clerk might pick them. */
        List<BoxableVolume> window() {
            List<BoxableVolume> w = new ArrayList<>(bound().stream()
                    .filter(v -> v.seq() >= from && v.seq() <= to).toList());
            Collections.shuffle(w, new Random(seed));
            return w;
        }
    }

    @Property
    void everyWindowOfOnePeriodIsAcceptedInArchiveNumberOrder(@ForAll("registers") Register r) {
        List<BoxableVolume> window = r.window();
        boolean onePeriod = window.stream().map(BoxableVolume::retention).distinct().count() <= 1;
        if (window.isEmpty() || !onePeriod) {
            return;
        }
        BoxRun run = BoxRun.of(window, r.bound());

        assertThat(run.volumes()).extracting(BoxableVolume::seq).isSorted().doesNotHaveDuplicates();
        assertThat(run.volumes()).containsExactlyInAnyOrderElementsOf(window);
    }

    @Property
    void aWindowMixingPeriodsIsRefused(@ForAll("registers") Register r) {
        List<BoxableVolume> window = r.window();
        if (window.stream().map(BoxableVolume::retention).distinct().count() < 2) {
            return;
        }
        assertThatThrownBy(() -> BoxRun.of(window, r.bound())).isInstanceOfSatisfying(AnjuanException.class,
                e -> assertThat(e.key()).isEqualTo("box.run.retention"));
    }

    @Property
    void leavingOutAnyVolumeInsideAWindowIsRefusedNamingIt(@ForAll("registers") Register r) {
        List<BoxableVolume> window = new ArrayList<>(r.window());
        window.sort(java.util.Comparator.comparingInt(BoxableVolume::seq));
        if (window.size() < 3 || window.stream().map(BoxableVolume::retention).distinct().count() > 1) {
            return;
        }
        BoxableVolume left = window.remove((int) Math.floorMod(r.seed(), (long) window.size() - 2) + 1);

        assertThatThrownBy(() -> BoxRun.of(window, r.bound())).isInstanceOfSatisfying(AnjuanException.class, e -> {
            assertThat(e.key()).isEqualTo("box.run.gap");
            assertThat(e.args()[0]).isEqualTo(left.archiveNumber() + "（" + left.retention().label() + "）");
        });
    }

    @Provide
    Arbitrary<Register> registers() {
        // mostly one period, as in an office's real register, so that long accepted windows are common
        Arbitrary<RetentionPeriod> slot = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.just(RetentionPeriod.PERMANENT)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(RetentionPeriod.YEARS_30, RetentionPeriod.YEARS_10)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just((RetentionPeriod) null)));
        return slot.list().ofMinSize(1).ofMaxSize(40).flatMap(slots -> {
            Arbitrary<Integer> seq = Arbitraries.integers().between(1, slots.size());
            return net.jqwik.api.Combinators.combine(seq, seq, Arbitraries.longs())
                    .as((a, b, seed) -> new Register(slots, Math.min(a, b), Math.max(a, b), seed));
        });
    }
}
