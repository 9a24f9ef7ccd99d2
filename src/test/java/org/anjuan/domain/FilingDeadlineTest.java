package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 第四条: filed within 30 days of closing; the closing day is not counted. */
class FilingDeadlineTest {

    @ParameterizedTest(name = "closed {0}, as of {2}: deadline {1}, {3} days overdue, {4} left")
    @CsvSource(delimiter = ';', value = {
        "2023-11-20; 2023-12-20; 2023-11-20; 0; 30",   // closed today
        "2023-11-20; 2023-12-20; 2023-12-20; 0; 0",    // the deadline itself is still in time
        "2023-11-20; 2023-12-20; 2023-12-21; 1; 0",
        "2023-12-15; 2024-01-14; 2024-01-05; 0; 9",    // across the year's end
        "2023-12-15; 2024-01-14; 2024-03-01; 47; 0",
        "2024-01-30; 2024-02-29; 2024-03-01; 1; 0",    // leap day as deadline
        "2023-01-30; 2023-03-01; 2023-03-01; 0; 0",    // no 29 February in 2023
        "2024-02-29; 2024-03-30; 2024-02-29; 0; 30",   // closed on a leap day
    })
    void deadlineAndDays(LocalDate closed, LocalDate deadline, LocalDate today, long overdue, long left) {
        FilingDeadline d = new FilingDeadline(closed);
        assertThat(d.date()).isEqualTo(deadline);
        assertThat(d.daysOverdue(today)).isEqualTo(overdue);
        assertThat(d.passed(today)).isEqualTo(overdue > 0);
        assertThat(d.daysLeft(today)).isEqualTo(left);
    }

    @Test
    void aBoundCaseIsNoLongerOverdueEvenWhenItsNumbersWereVoided() {
        LocalDate today = LocalDate.of(2024, 1, 5);
        CaseSummary unbound = summary(1, LocalDate.of(2023, 11, 20), "", false);
        CaseSummary numbered = summary(2, LocalDate.of(2023, 11, 20), "2023年厦国动罚字第01号", true);
        CaseSummary voided = summary(3, LocalDate.of(2023, 11, 20), "", true);
        CaseSummary recent = summary(4, LocalDate.of(2023, 12, 10), "", false);
        CaseSummary older = summary(5, LocalDate.of(2023, 10, 1), "", false);
        assertThat(unbound.isFilingOverdue(today)).isTrue();
        assertThat(numbered.isFilingOverdue(today)).isFalse();
        assertThat(voided.isFilingOverdue(today)).isFalse();

        List<OverdueCase> late = OverdueCase.of(List.of(unbound, numbered, voided, recent, older), today);
        assertThat(late).extracting(o -> o.summary().id(), OverdueCase::daysOverdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, 66L),
                        org.assertj.core.groups.Tuple.tuple(1L, 16L));
    }

    private static CaseSummary summary(long id, LocalDate closed, String numbers, boolean bound) {
        return new CaseSummary(id, Category.PUNISHMENT_GENERAL, "第" + id + "号案", "某公司", "执法监督处", "李明",
                closed.minusMonths(2), closed, 3, 10, numbers, bound);
    }
}
