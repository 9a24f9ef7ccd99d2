package org.anjuan.domain;

import java.time.LocalDate;

/**
 * What to find in the register; every part is optional (null or false = any).
 *
 * @param person        part of the visitor's name or unit
 * @param archiveNumber part of a volume's archive number
 * @param from          registered on or after this day
 * @param to            registered on or before this day
 * @param overdueOnly   only entries out past their due date
 */
public record LedgerQuery(LedgerKind kind, String person, String archiveNumber, LocalDate from, LocalDate to,
                          boolean overdueOnly) {

    public static final LedgerQuery ALL = new LedgerQuery(null, null, null, null, null, false);

    public LedgerQuery {
        person = blankToNull(person);
        archiveNumber = blankToNull(archiveNumber);
        if (from != null && to != null && from.isAfter(to)) {
            throw new AnjuanException("ledger.query.dates", ChineseDate.day(from), ChineseDate.day(to));
        }
    }

    public LedgerQuery withKind(LedgerKind k) {
        return new LedgerQuery(k, person, archiveNumber, from, to, overdueOnly);
    }

    /** Whether an entry matches every part given (the store pre-filters; this decides). */
    public boolean matches(LedgerEntry e, LocalDate today) {
        if (kind != null && e.kind() != kind) {
            return false;
        }
        if (person != null && !(contains(e.visitor().name(), person) || contains(e.visitor().unit(), person))) {
            return false;
        }
        if (archiveNumber != null && e.files().stream().noneMatch(f -> contains(f.archiveNumber(), archiveNumber))) {
            return false;
        }
        LocalDate day = e.registeredAt().toLocalDate();
        if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
            return false;
        }
        return !overdueOnly || e.overdue(today);
    }

    private static boolean contains(String text, String part) {
        return text != null && text.contains(part);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
