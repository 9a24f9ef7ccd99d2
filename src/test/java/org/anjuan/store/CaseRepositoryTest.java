package org.anjuan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveNumberFormat;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CaseSummary;
import org.anjuan.domain.Material;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class CaseRepositoryTest {

    @Parameter
    Engine engine;

    @Test
    void aCaseComesBackAsItWasStoredWithItsMaterialsInOrder() {
        try (Database db = engine.open("roundtrip")) {
            CaseRepository repo = new CaseRepository(db);
            CaseFile original = TestCases.punishment("/cases/a");
            CaseFile saved = repo.save(original, "档案员");
            assertThat(saved.id()).isNotNull();
            assertThat(repo.get(saved.id())).isEqualTo(original.withId(saved.id()));
        }
    }

    @Test
    void reimportingTheSameFolderUpdatesTheCaseInsteadOfAddingAnother() {
        try (Database db = engine.open("reimport")) {
            CaseRepository repo = new CaseRepository(db);
            CaseFile first = repo.save(TestCases.punishment("/cases/a"), "档案员");
            CaseFile changed = TestCases.punishment("/cases/a");
            List<Material> fewer = changed.materials().subList(0, 2);
            CaseFile again = repo.save(new CaseFile(null, changed.category(), changed.title(), changed.parties(),
                    changed.department(), changed.officer(), changed.opened(), changed.closed(), changed.flags(),
                    changed.secrecy(), fewer, changed.sourceDir()), "档案员");
            assertThat(again.id()).isEqualTo(first.id());
            assertThat(repo.summaries()).singleElement()
                    .satisfies(s -> assertThat(s.materialCount()).isEqualTo(2));
        }
    }

    @Test
    void theRegisterListsPartiesPagesAndArchiveNumbers() {
        try (Database db = engine.open("summaries")) {
            CaseRepository repo = new CaseRepository(db);
            long id = repo.save(TestCases.punishment("/cases/a"), "档案员").id();
            new NumberRegister(db).issue(ArchiveNumberFormat.standard(), 2023, "罚", 1, id, "档案员");
            CaseSummary s = repo.summaries().get(0);
            assertThat(s.parties()).isEqualTo("厦门某置业有限公司、张某");
            assertThat(s.totalPages()).isEqualTo(7);
            assertThat(s.materialCount()).isEqualTo(3);
            assertThat(s.archiveNumbers()).isEqualTo("2023年厦国动罚字第01号");
            assertThat(s.matches("置业")).isTrue();
            assertThat(s.matches("罚字第01")).isTrue();
            assertThat(s.matches("人防工程")).isFalse();
        }
    }

    @Test
    void aNumberedCaseCannotBeReplacedByAReimport() {
        try (Database db = engine.open("locked")) {
            CaseRepository repo = new CaseRepository(db);
            long id = repo.save(TestCases.punishment("/cases/a"), "档案员").id();
            new NumberRegister(db).issue(ArchiveNumberFormat.standard(), 2023, "罚", 1, id, "档案员");
            assertThatThrownBy(() -> repo.save(TestCases.punishment("/cases/a"), "档案员"))
                    .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.key()).isEqualTo("case.numbered"));
            assertThat(repo.get(id).materials()).hasSize(3);
        }
    }
}
