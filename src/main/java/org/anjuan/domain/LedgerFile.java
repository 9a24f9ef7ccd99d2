package org.anjuan.domain;

import java.time.LocalDateTime;

/**
 * One volume of a ledger entry and, once it is back, its return: when, the pages counted at the desk with the
 * visitor present (当面点清) and the condition the clerk found.
 *
 * @param pagesCounted null until returned
 * @param condition    归还情况: 完好, or what differs from the volume (missing pages, damage)
 * @param receivedBy   the clerk who took it back
 */
public record LedgerFile(LedgerVolume volume, LocalDateTime returnedAt, Integer pagesCounted, String condition,
                         String receivedBy) {

    public static LedgerFile requested(LedgerVolume volume) {
        return new LedgerFile(volume, null, null, null, null);
    }

    public boolean returned() {
        return returnedAt != null;
    }

    public String archiveNumber() {
        return volume.archiveNumber();
    }
}
