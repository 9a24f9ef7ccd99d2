package org.anjuan.domain;

/** What an acceptance check (验收) found wrong with a handed-over file, and the article it offends. */
public enum FindingKind {
    /** A copy without the 与原件核对无误 source, date or checker (第六条). */
    UNVERIFIED_COPY,
    /** A scanned page that is not A4 and not yet folded or mounted (第五条). */
    NOT_A4,
    /** The directory lists a scanned material whose file is not there. */
    SCAN_MISSING,
    /** A scan that cannot be read (damaged, encrypted, empty). */
    SCAN_UNREADABLE,
    /** The directory's page count differs from the pages the scan has. */
    PAGE_MISMATCH,
    /** The same material listed twice (same title and document number): one sequence number each (第八条). */
    DUPLICATE,
    /** Anything else the clerk noticed on the paper file, written in the clerk's words. */
    CLERK_ITEM;

    /** The check finds these itself; the clerk's items are kept when the check runs again. */
    public boolean derived() {
        return this != CLERK_ITEM;
    }
}
