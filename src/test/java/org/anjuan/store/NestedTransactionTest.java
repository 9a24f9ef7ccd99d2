package org.anjuan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anjuan.domain.ArchiveNumberFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A use case spanning repositories commits or rolls back as one. */
@ParameterizedClass
@EnumSource(Engine.class)
class NestedTransactionTest {

    @Parameter
    Engine engine;

    @Test
    void repositoriesJoinTheCallersTransaction() {
        try (Database db = engine.open("nested-commit")) {
            CaseRepository cases = new CaseRepository(db);
            NumberRegister numbers = new NumberRegister(db);
            long id = db.inTransaction(() -> {
                long caseId = cases.save(TestCases.punishment("/a"), "档案员").id();
                numbers.issue(ArchiveNumberFormat.standard(), 2023, "罚", 1, caseId, "档案员");
                return caseId;
            });
            assertThat(numbers.forCase(id)).hasSize(1);
        }
    }

    @Test
    void aFailureRollsEverythingBack() {
        try (Database db = engine.open("nested-rollback")) {
            CaseRepository cases = new CaseRepository(db);
            NumberRegister numbers = new NumberRegister(db);
            assertThatThrownBy(() -> db.inTransaction(() -> {
                long caseId = cases.save(TestCases.punishment("/a"), "档案员").id();
                numbers.issue(ArchiveNumberFormat.standard(), 2023, "罚", 1, caseId, "档案员");
                throw new IllegalStateException("disk full");
            })).hasMessage("disk full");
            assertThat(cases.summaries()).isEmpty();
            assertThat(numbers.all()).isEmpty();
            assertThat(numbers.predict(ArchiveNumberFormat.standard(), 2023, "罚", 1).get(0).seq()).isEqualTo(1);
        }
    }
}
