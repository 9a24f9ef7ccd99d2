package org.anjuan.domain;

import java.time.LocalDate;

/**
 * One row of the case register: what a clerk scans a list for, without the materials.
 *
 * @param archiveNumbers its valid (not voided) archive numbers, joined
 * @param bound          whether its volumes are bound: the case is filed, so no longer held to 第四条's deadline
 */
public record CaseSummary(long id, Category category, String title, String parties, String department,
                          String officer, LocalDate opened, LocalDate closed, int materialCount,
                          int totalPages, String archiveNumbers, boolean bound) {

    /** A row of a register that does not say whether the case is bound: bound if it has archive numbers. */
    public CaseSummary(long id, Category category, String title, String parties, String department,
                       String officer, LocalDate opened, LocalDate closed, int materialCount,
                       int totalPages, String archiveNumbers) {
        this(id, category, title, parties, department, officer, opened, closed, materialCount, totalPages,
                archiveNumbers, !archiveNumbers.isEmpty());
    }

    public FilingDeadline deadline() {
        return new FilingDeadline(closed);
    }

    public LocalDate filingDeadline() {
        return deadline().date();
    }

    /** Overdue while still unbound after the 30 days of 第四条. */
    public boolean isFilingOverdue(LocalDate today) {
        return !bound && deadline().passed(today);
    }

    /** Case-insensitive match on any column a clerk would search by. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase();
        return String.join("\n", Long.toString(id), category.label(), title, parties, department, officer,
                archiveNumbers, opened.toString(), closed.toString()).toLowerCase().contains(q);
    }
}
