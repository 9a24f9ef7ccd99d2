package org.anjuan.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerFile;

/** One line of the 档案利用登记 table: an entry, and how many days it is overdue as of the day it was read. */
public record LedgerEntryRow(LedgerEntry entry, long daysOverdue) {

    public static LedgerEntryRow of(LedgerEntry e, LocalDate today) {
        long late = e.overdue(today) ? ChronoUnit.DAYS.between(e.dueDate(), today) : 0;
        return new LedgerEntryRow(e, late);
    }

    public long id() {
        return entry.id();
    }

    public boolean overdue() {
        return daysOverdue > 0;
    }

    /** 查阅 3 — the register and the entry's 序号 in it. */
    public String number() {
        return entry.kind().label() + " " + entry.seq();
    }

    /** The archive numbers of the entry's volumes, one after another. */
    public String files() {
        return entry.files().stream().map(LedgerFile::archiveNumber).collect(Collectors.joining("、"));
    }
}
