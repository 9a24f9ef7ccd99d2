package org.anjuan.app;

import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerFile;

/** What a cover scanned at the return desk found: the open entry holding the volume, and that volume's line. */
public record ScannedReturn(LedgerEntry entry, LedgerFile file) {

    /** The pages the clerk counts against. */
    public int expectedPages() {
        return file.volume().pages();
    }
}
