package org.anjuan.ui;

import java.time.LocalDate;
import org.anjuan.domain.CaseSummary;

/**
 * One line of the register table: the case and whether its filing deadline (结案后 30 日, 第四条) has passed
 * while it is still unbound, as of the day the register was read.
 */
public record RegisterRow(CaseSummary summary, boolean overdue) {

    public static RegisterRow of(CaseSummary summary, LocalDate today) {
        return new RegisterRow(summary, summary.isFilingOverdue(today));
    }

    public long id() {
        return summary.id();
    }

    public LocalDate deadline() {
        return summary.filingDeadline();
    }
}
