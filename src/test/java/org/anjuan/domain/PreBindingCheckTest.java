package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The 装订前检查 a reviewer would make, each finding with the rule it comes from. */
class PreBindingCheckTest {

    private static final LocalDate CLOSED = LocalDate.of(2023, 11, 10);

    private final PreBindingCheck check = new PreBindingCheck();

    @Test
    void aCompletePunishmentFileFiledInTimeHasNoFindings() {
        CaseFile c = punishment("陈建华、林晓雯", complete());
        assertThat(check.check(c, scanned(c), CLOSED.plusDays(30))).isEmpty();
    }

    @Test
    void filingOnTheThirtyFirstDayIsLateUnderArticleFour() {
        CaseFile c = punishment("陈建华、林晓雯", complete());
        List<PreBindingCheck.Finding> findings = check.check(c, scanned(c), CLOSED.plusDays(31));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("check.late");
            assertThat(f.args()).containsExactly("2023年11月10日", "2023年12月10日");
            assertThat(f.rule()).isEqualTo("第四条");
        });
    }

    @Test
    void aPunishmentFileWithoutItsDeliveryReceiptLacksAnEssentialDocument() {
        List<Material> materials = new ArrayList<>(complete());
        materials.removeIf(m -> m.title().contains("送达回证"));
        CaseFile c = punishment("陈建华、林晓雯", materials);
        assertThat(check.check(c, scanned(c), CLOSED))
                .extracting(PreBindingCheck.Finding::key, f -> f.args().get(1), PreBindingCheck.Finding::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("check.missing", "送达回证", "案卷评查：文书齐全"));
    }

    @Test
    void oneOfficerIsTooFewAndNoOfficerLeavesTheBackSheetsCompilerBlank() {
        CaseFile one = punishment("陈建华", complete());
        assertThat(check.check(one, scanned(one), CLOSED)).extracting(PreBindingCheck.Finding::key)
                .containsExactly("check.officers");
        CaseFile none = punishment(" ", complete());
        assertThat(check.check(none, scanned(none), CLOSED)).extracting(PreBindingCheck.Finding::rule)
                .containsExactly("卷内备考表：立卷人");
    }

    @Test
    void aCopyWithoutItsVerificationIsFoundByItsPlaceInTheFile() {
        List<Material> materials = new ArrayList<>(complete());
        Material copy = material("营业执照复印件", "licence.pdf", 1);
        materials.add(new Material(copy.title(), null, null, null, MaterialKind.DOCUMENT, copy.file(), 1,
                new CopyVerification("市场监督管理局", null, null), false, null));
        CaseFile c = punishment("陈建华、林晓雯", materials);
        assertThat(check.check(c, scanned(c), CLOSED)).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("check.unverifiedCopy");
            assertThat(f.args()).containsExactly(4, "营业执照复印件");
            assertThat(f.rule()).isEqualTo("第六条");
        });
    }

    @Test
    void aMaterialWhosePagesAreAllBlankWouldTakeNoNumber() {
        CaseFile c = punishment("陈建华、林晓雯", complete());
        List<BindingMaterial> materials = new ArrayList<>(scanned(c));
        BindingMaterial second = materials.get(1);
        materials.set(1, BindingMaterial.scan(2, second.material(), List.of(PageKind.BLANK, PageKind.BLANK)));
        assertThat(check.check(c, materials, CLOSED)).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("check.unnumbered");
            assertThat(f.args()).containsExactly(2, "行政处罚决定书");
            assertThat(f.rule()).startsWith("第五条");
        });
    }

    @Test
    void theSameScanListedTwiceWouldBeNumberedTwice() {
        List<Material> materials = new ArrayList<>(complete());
        materials.add(material("送达回证（重复）", "receipt.pdf", 1));
        CaseFile c = punishment("陈建华、林晓雯", materials);
        assertThat(check.check(c, scanned(c), CLOSED)).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("check.numberedTwice");
            assertThat(f.args()).containsExactly(4, "送达回证（重复）", 3, "receipt.pdf");
            assertThat(f.rule()).startsWith("第八条");
        });
    }

    @Test
    void aSimpleProcedureCaseNeedsOnlyItsOnTheSpotDecision() {
        CaseFile c = new CaseFile(1L, Category.PUNISHMENT_SIMPLE, "陈某案", List.of("陈某"), "执法监督处",
                "陈建华、林晓雯", CLOSED.minusDays(2), CLOSED, Set.of(), null,
                List.of(material("当场行政处罚决定书", "decision.pdf", 1)), null);
        assertThat(check.check(c, scanned(c), CLOSED)).isEmpty();
        CaseFile without = c.withMaterials(List.of(material("现场照片", "photo.pdf", 1)));
        assertThat(check.check(without, scanned(without), CLOSED)).extracting(f -> f.args().get(1))
                .containsExactly("当场行政处罚决定书");
    }

    private static List<Material> complete() {
        return List.of(material("立案审批表", "filing.pdf", 1), material("行政处罚决定书", "decision.pdf", 2),
                material("送达回证", "receipt.pdf", 1));
    }

    private static Material material(String title, String file, int pages) {
        return new Material(title, null, null, null, MaterialKind.DOCUMENT, file, pages, null, false, null);
    }

    private static CaseFile punishment(String officer, List<Material> materials) {
        return new CaseFile(1L, Category.PUNISHMENT_GENERAL, "厦门某公司未按规定修建防空地下室案", List.of("厦门某公司"),
                "执法监督处", officer, CLOSED.minusDays(40), CLOSED, Set.of(), null, materials, null);
    }

    /** Every page of every material has writing. */
    private static List<BindingMaterial> scanned(CaseFile c) {
        List<BindingMaterial> materials = new ArrayList<>();
        for (Material m : c.materials()) {
            materials.add(BindingMaterial.scan(materials.size() + 1, m,
                    Collections.nCopies(m.pages(), PageKind.CONTENT)));
        }
        return materials;
    }
}
