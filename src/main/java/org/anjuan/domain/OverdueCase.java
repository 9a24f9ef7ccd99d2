package org.anjuan.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A closed case not yet bound after its filing deadline (第四条), with how many days it is late. */
public record OverdueCase(CaseSummary summary, LocalDate deadline, long daysOverdue) {

    /** The cases of the register that are overdue on {@code today}, the latest first, then by closing date. */
    public static List<OverdueCase> of(List<CaseSummary> register, LocalDate today) {
        return register.stream().filter(s -> s.isFilingOverdue(today))
                .map(s -> new OverdueCase(s, s.filingDeadline(), s.deadline().daysOverdue(today)))
                .sorted(Comparator.comparingLong(OverdueCase::daysOverdue).reversed()
                        .thenComparingLong(o -> o.summary().id()))
                .toList();
    }
}
