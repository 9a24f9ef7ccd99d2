package org.anjuan.domain;

import java.time.LocalDate;

/** One row of the case register: what a clerk scans a list for, without the materials. */
public record CaseSummary(long id, Category category, String title, String parties, String department,
                          String officer, LocalDate opened, LocalDate closed, int materialCount,
                          int totalPages, String archiveNumbers) {

    public LocalDate filingDeadline() {
        return closed.plusDays(CaseFile.FILING_DAYS);
    }

    /** Overdue while still unnumbered after the 30 days of 第四条. */
    public boolean isFilingOverdue(LocalDate today) {
        return archiveNumbers.isEmpty() && today.isAfter(filingDeadline());
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
