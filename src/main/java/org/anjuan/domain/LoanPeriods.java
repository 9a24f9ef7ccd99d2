package org.anjuan.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long a file may stay out, in days after it is handed out, per visitor category (a setting:
 * ledger.loanDays.CATEGORY). A 借阅 is due that many days later; a 查阅 is read in the archive and due back the
 * same day whatever the category. Sources say 3 days to 30 (standards.md §5.2); the default 14 days is the
 * "two weeks" of the archives that publish one. 0 means the same day.
 */
public record LoanPeriods(Map<VisitorCategory, Integer> days) {

    public static final int DEFAULT_INTERNAL_DAYS = 14;
    public static final int MAX_DAYS = 365;

    public LoanPeriods {
        EnumMap<VisitorCategory, Integer> all = new EnumMap<>(VisitorCategory.class);
        for (VisitorCategory c : VisitorCategory.values()) {
            Integer d = days.get(c);
            all.put(c, d != null ? d : defaultDays(c));
        }
        all.values().forEach(LoanPeriods::check);
        days = Map.copyOf(all);
    }

    public static LoanPeriods defaults() {
        return new LoanPeriods(Map.of());
    }

    public static int defaultDays(VisitorCategory c) {
        return c == VisitorCategory.INTERNAL_STAFF ? DEFAULT_INTERNAL_DAYS : 0;
    }

    public int daysFor(VisitorCategory c) {
        return days.get(c);
    }

    public LoanPeriods with(VisitorCategory c, int d) {
        EnumMap<VisitorCategory, Integer> changed = new EnumMap<>(days);
        changed.put(c, check(d));
        return new LoanPeriods(changed);
    }

    /** 应还日期 of files handed out on {@code day}. */
    public LocalDate due(LedgerKind kind, VisitorCategory c, LocalDate day) {
        return kind == LedgerKind.CONSULTATION ? day : day.plusDays(daysFor(c));
    }

    private static int check(int d) {
        if (d < 0 || d > MAX_DAYS) {
            throw new AnjuanException("ledger.loanDays.invalid", Integer.toString(d), Integer.toString(MAX_DAYS));
        }
        return d;
    }
}
