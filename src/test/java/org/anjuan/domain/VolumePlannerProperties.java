package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class VolumePlannerProperties {

    record Case(List<Integer> pages, int limit) { }

    @Property
    void noVolumeExceedsTheLimit(@ForAll("anyCase") Case c) {
        assertThat(plan(c).pagesPerVolume()).allMatch(p -> p >= 1 && p <= c.limit());
    }

    @Property
    void onlyMaterialsLongerThanTheLimitAreCut(@ForAll("anyCase") Case c) {
        List<MaterialPart> parts = parts(plan(c));
        for (int m = 0; m < c.pages().size(); m++) {
            int material = m;
            List<MaterialPart> ofMaterial = parts.stream().filter(p -> p.material() == material).toList();
            if (c.pages().get(m) <= c.limit()) {
                assertThat(ofMaterial).singleElement().matches(MaterialPart::wholeMaterial);
            }
        }
    }

    @Property
    void usesTheFewestVolumes(@ForAll("anyCase") Case c) {
        int total = c.pages().stream().mapToInt(Integer::intValue).sum();
        int count = plan(c).count();

        assertThat(count).isEqualTo(greedyVolumeCount(c));
        assertThat(count).isGreaterThanOrEqualTo(-Math.floorDiv(-total, c.limit()));
    }

    @Property
    void coversEveryPageOfEveryMaterialOnceInOrder(@ForAll("anyCase") Case c) {
        VolumePlan plan = plan(c);
        List<MaterialPart> parts = parts(plan);
        int material = 0;
        int nextPage = 1;
        for (MaterialPart part : parts) {
            if (nextPage > c.pages().get(material)) {
                material++;
                nextPage = 1;
            }
            assertThat(part.material()).isEqualTo(material);
            assertThat(part.firstPage()).isEqualTo(nextPage);
            assertThat(part.wholeMaterial())
                    .isEqualTo(part.firstPage() == 1 && part.lastPage() == c.pages().get(material));
            nextPage = part.lastPage() + 1;
        }
        assertThat(material).isEqualTo(c.pages().size() - 1);
        assertThat(nextPage - 1).isEqualTo(c.pages().get(material));
        assertThat(plan.volumes()).allMatch(v -> v.numberedPages()
                == v.parts().stream().mapToInt(MaterialPart::pages).sum());
    }

    /** The whole ranking — count, fullest, emptiest, then earlier volumes fuller — against every partition. */
    @Property(tries = 2000)
    void matchesAnExhaustiveSearchOnSmallCases(@ForAll("smallCase") Case c) {
        assertThat(plan(c).pagesPerVolume()).isEqualTo(bestByExhaustiveSearch(c));
    }

    @Provide
    Arbitrary<Case> anyCase() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 400).list().ofMinSize(1).ofMaxSize(30),
                        Arbitraries.integers().between(1, 300))
                .as(Case::new);
    }

    /** At most 12 uncuttable pieces, with and without oversized materials. */
    @Provide
    Arbitrary<Case> smallCase() {
        Arbitrary<Case> fitting = Arbitraries.integers().between(1, 60).flatMap(limit ->
                Arbitraries.integers().between(1, limit).list().ofMinSize(1).ofMaxSize(12)
                        .map(pages -> new Case(pages, limit)));
        Arbitrary<Case> withOversized = Arbitraries.integers().between(1, 5).flatMap(limit ->
                Arbitraries.integers().between(1, 3 * limit).list().ofMinSize(1).ofMaxSize(6)
                        .map(pages -> new Case(pages, limit)));
        return Arbitraries.oneOf(fitting, withOversized).filter(c -> pieces(c).size() <= 12);
    }

    private static VolumePlan plan(Case c) {
        return new VolumePlanner(c.limit()).plan(c.pages());
    }

    private static List<MaterialPart> parts(VolumePlan plan) {
        return plan.volumes().stream().flatMap(v -> v.parts().stream()).toList();
    }

    private static int greedyVolumeCount(Case c) {
        int volumes = 1;
        int room = c.limit();
        for (int piece : pieces(c)) {
            if (piece > room) {
                volumes++;
                room = c.limit();
            }
            room -= piece;
        }
        return volumes;
    }

    /** Materials as pieces that may not be cut: oversized ones become single pages. */
    private static List<Integer> pieces(Case c) {
        List<Integer> pieces = new ArrayList<>();
        for (int p : c.pages()) {
            if (p > c.limit()) {
                pieces.addAll(Collections.nCopies(p, 1));
            } else {
                pieces.add(p);
            }
        }
        return pieces;
    }

    private static List<Integer> bestByExhaustiveSearch(Case c) {
        List<Integer> pieces = pieces(c);
        Comparator<List<Integer>> better = Comparator.<List<Integer>>comparingInt(List::size)
                .thenComparingInt(s -> s.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .thenComparing(Comparator.<List<Integer>>comparingInt(
                        s -> s.stream().mapToInt(Integer::intValue).min().orElseThrow()).reversed())
                .thenComparing(((Comparator<List<Integer>>) VolumePlannerProperties::lexicographically).reversed());
        List<Integer> best = null;
        for (int cuts = 0; cuts < 1 << (pieces.size() - 1); cuts++) {
            List<Integer> sizes = new ArrayList<>();
            int size = 0;
            for (int i = 0; i < pieces.size(); i++) {
                size += pieces.get(i);
                if (i == pieces.size() - 1 || (cuts & 1 << i) != 0) {
                    sizes.add(size);
                    size = 0;
                }
            }
            if (sizes.stream().allMatch(s -> s <= c.limit()) && (best == null || better.compare(sizes, best) < 0)) {
                best = sizes;
            }
        }
        return best;
    }

    private static int lexicographically(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = Integer.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
