package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BindingPlannerTest {

    private final BindingPlanner planner = new BindingPlanner(200, NumberPosition.TOP);

    @Test
    void aFourHundredFiftyPageCaseTakesTheFewestVolumesEachNumberedFromOne() {
        List<BindingMaterial> materials = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            materials.add(BindingMaterial.paper(i, material("材料" + i, 50, false)));
        }
        List<VolumeLayout> volumes = planner.plan(materials);
        assertThat(volumes).hasSize(3);
        assertThat(volumes).extracting(VolumeLayout::numberedPages).containsExactly(150, 150, 150);
        assertThat(volumes).allSatisfy(v -> {
            assertThat(v.volumes()).isEqualTo(3);
            assertThat(v.parts().get(0).firstNumber()).isEqualTo(1);
            assertThat(v.parts().get(v.parts().size() - 1).lastNumber()).isEqualTo(v.numberedPages());
        });
        assertThat(volumes.get(1).parts()).extracting(p -> p.material().seq()).containsExactly(4, 5, 6);
    }

    @Test
    void aSingleMaterialOverTheLimitIsSplitInside() {
        List<BindingMaterial> materials = List.of(
                BindingMaterial.paper(1, material("立案审批表", 2, false)),
                BindingMaterial.paper(2, material("询问笔录汇编", 230, false)),
                BindingMaterial.paper(3, material("结案报告", 3, false)));
        List<VolumeLayout> volumes = planner.plan(materials);
        assertThat(volumes).hasSize(2);
        assertThat(volumes).allSatisfy(v -> assertThat(v.numberedPages()).isLessThanOrEqualTo(200));
        List<LayoutPart> parts = volumes.stream().flatMap(v -> v.parts().stream())
                .filter(p -> p.material().seq() == 2).toList();
        assertThat(parts).hasSize(2);
        assertThat(parts).allSatisfy(p -> assertThat(p.whole()).isFalse());
        assertThat(parts.get(0).toPage()).isEqualTo(parts.get(1).fromPage());
        assertThat(parts.get(1).toPage()).isEqualTo(230);
        assertThat(volumes.get(1).parts().get(0).firstNumber()).isEqualTo(1);
    }

    @Test
    void blankScannedPagesStayUnnumberedAndNumbersRunWithoutGaps() {
        List<PageKind> kinds = List.of(PageKind.CONTENT, PageKind.BLANK, PageKind.CONTENT, PageKind.VERSO,
                PageKind.VERSO_BLANK, PageKind.CONTENT);
        List<BindingMaterial> materials = List.of(
                BindingMaterial.paper(1, material("立案审批表", 2, false)),
                BindingMaterial.scan(2, material("询问笔录", 6, false), kinds));
        VolumeLayout v = planner.plan(materials).get(0);
        LayoutPart scan = v.parts().get(1);
        assertThat(scan.numbers()).extracting(PageNumber::text).containsExactly("3", "", "4", "5", "", "6");
        assertThat(scan.numbers().get(3).corner()).contains(Corner.TOP_LEFT);
        assertThat(scan.numbers().get(0).corner()).contains(Corner.TOP_RIGHT);
        assertThat(scan.unnumberedPages()).containsExactly(1, 4);
        assertThat(v.numberedPages()).isEqualTo(6);
        assertThat(scan.firstNumber()).isEqualTo(3);
        assertThat(scan.lastNumber()).isEqualTo(6);
    }

    @Test
    void blanksTravelWithTheNumberedPageBeforeThemWhenAMaterialIsCut() {
        List<PageKind> kinds = new ArrayList<>(Collections.nCopies(250, PageKind.CONTENT));
        kinds.add(0, PageKind.BLANK);
        kinds.add(PageKind.BLANK);
        BindingMaterial m = BindingMaterial.scan(1, material("现场照片汇编", 252, false), kinds);
        List<VolumeLayout> volumes = planner.plan(List.of(m));
        assertThat(volumes).hasSize(2);
        LayoutPart first = volumes.get(0).parts().get(0);
        LayoutPart second = volumes.get(1).parts().get(0);
        assertThat(first.fromPage()).isZero();
        assertThat(first.unnumberedPages()).contains(0);
        assertThat(second.toPage()).isEqualTo(252);
        assertThat(second.unnumberedPages()).contains(251);
        assertThat(first.toPage()).isEqualTo(second.fromPage());
        assertThat(volumes).extracting(VolumeLayout::numberedPages).containsExactly(125, 125);
    }

    @Test
    void secondaryMaterialsFormTheirOwnVolumeAfterTheMainOnes() {
        List<BindingMaterial> materials = List.of(
                BindingMaterial.paper(1, material("立案审批表", 2, false)),
                BindingMaterial.paper(2, material("集体讨论记录", 3, true)),
                BindingMaterial.paper(3, material("处罚决定书", 4, false)));
        List<VolumeLayout> volumes = planner.plan(materials);
        assertThat(volumes).extracting(VolumeLayout::secondary).containsExactly(false, true);
        assertThat(volumes.get(0).parts()).extracting(p -> p.material().seq()).containsExactly(1, 3);
        assertThat(volumes.get(1).parts()).extracting(p -> p.material().seq()).containsExactly(2);
        assertThat(volumes.get(1).parts().get(0).firstNumber()).isEqualTo(1);
        assertThat(volumes).allSatisfy(v -> assertThat(v.volumes()).isEqualTo(2));
    }

    @Test
    void aScanWithNoWritingAtAllIsRefusedNamingTheMaterial() {
        BindingMaterial blank = BindingMaterial.scan(4, material("现场照片", 2, false),
                List.of(PageKind.BLANK, PageKind.BLANK));
        assertThatThrownBy(() -> planner.plan(List.of(blank)))
                .isInstanceOfSatisfying(AnjuanException.class, e -> {
                    assertThat(e.key()).isEqualTo("bind.material.allBlank");
                    assertThat(e.args()).containsExactly(4, "现场照片");
                });
    }

    @Test
    void everyPhysicalPageLandsInExactlyOneVolume() {
        List<BindingMaterial> materials = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> BindingMaterial.scan(i, material("材料" + i, 1 + i % 17, false),
                        IntStream.range(0, 1 + i % 17)
                                .mapToObj(p -> p % 5 == 4 ? PageKind.BLANK : PageKind.CONTENT).toList()))
                .toList();
        List<VolumeLayout> volumes = new BindingPlanner(60, NumberPosition.TOP).plan(materials);
        for (BindingMaterial m : materials) {
            int covered = volumes.stream().flatMap(v -> v.parts().stream()).filter(p -> p.material() == m)
                    .mapToInt(p -> p.toPage() - p.fromPage()).sum();
            assertThat(covered).as(m.material().title()).isEqualTo(m.kinds().size());
        }
        assertThat(volumes).allSatisfy(v -> assertThat(v.numberedPages()).isLessThanOrEqualTo(60));
    }

    static Material material(String title, int pages, boolean secondary) {
        return new Material(title, null, "厦门市国防动员办公室", null, MaterialKind.DOCUMENT, null, pages, null,
                secondary, null);
    }
}
