package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LockedFileTest {

    private static final LocalDateTime APPROVED = LocalDateTime.of(2024, 1, 8, 9, 30);

    @ParameterizedTest
    @EnumSource(LockedFile.Change.class)
    void aBoundCaseRefusesEveryChangeNamingTheCaseAndItsVolumes(LockedFile.Change change) {
        LockedFile bound = new LockedFile("陈某倾倒废弃物案", List.of("2023年厦国动罚字第01号", "2023年厦国动罚字第02号"));
        assertThatThrownBy(() -> bound.check(change)).isInstanceOfSatisfying(AnjuanException.class, e -> {
            assertThat(e.key()).isEqualTo(change.key()).startsWith("locked.");
            assertThat(e.args()).containsExactly("陈某倾倒废弃物案", "2023年厦国动罚字第01号、2023年厦国动罚字第02号");
        });
    }

    @ParameterizedTest
    @EnumSource(LockedFile.Change.class)
    void aCaseNotYetBoundMayStillChange(LockedFile.Change change) {
        LockedFile loose = new LockedFile("陈某倾倒废弃物案", List.of());
        assertThat(loose.locked()).isFalse();
        assertThatCode(() -> loose.check(change)).doesNotThrowAnyException();
    }

    @Test
    void anAdditionNeedsAnApproverATimeAndAReason() {
        assertThatThrownBy(() -> new Addition("送达回证", 2, null, " ", APPROVED, "遗漏"))
                .isInstanceOfSatisfying(AnjuanException.class,
                        e -> assertThat(e.key()).isEqualTo("supplement.add.noApprover"));
        assertThatThrownBy(() -> new Addition("送达回证", 2, null, "张副主任", null, "遗漏"))
                .isInstanceOfSatisfying(AnjuanException.class,
                        e -> assertThat(e.key()).isEqualTo("supplement.add.noApprovalTime"));
        assertThatThrownBy(() -> new Addition("送达回证", 2, null, "张副主任", APPROVED, null))
                .isInstanceOfSatisfying(AnjuanException.class,
                        e -> assertThat(e.key()).isEqualTo("supplement.add.noReason"));
        assertThatThrownBy(() -> new Addition("送达回证", 0, null, "张副主任", APPROVED, "遗漏"))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.key()).isEqualTo("supplement.add.pages"));
    }

    @Test
    void anApprovalCannotComeAfterTheAddition() {
        Addition a = new Addition(" 送达回证 ", 2, null, " 张副主任 ", APPROVED, "遗漏");
        assertThat(a.title()).isEqualTo("送达回证");
        assertThat(a.approver()).isEqualTo("张副主任");
        assertThatCode(() -> a.checkApprovedBy(APPROVED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> a.checkApprovedBy(APPROVED.minusMinutes(1)))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.args()).containsExactly("2024年1月8日 09:30"));
    }

    @Test
    void aCorrectionSaysWhatWasWrongAndWhatWasDone() {
        assertThatThrownBy(() -> new Correction("", "已更正"))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.key()).isEqualTo("supplement.correct.noWhat"));
        assertThatThrownBy(() -> new Correction("目录文号错写", null))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.key()).isEqualTo("supplement.correct.noDone"));
    }

    @Test
    void anAdditionsPagesFollowOnFromTheVolumesLastPage() {
        Addition a = new Addition("送达回证", 3, null, "张副主任", APPROVED, "遗漏");
        Supplement s = Supplement.addition(1, 7, "2023年厦国动罚字第01号", APPROVED, "档案员", a, 41);
        assertThat(s.lastPage()).isEqualTo(43);
        assertThat(s.pageRange()).isEqualTo("41–43");
    }
}
