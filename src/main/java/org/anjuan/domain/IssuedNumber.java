package org.anjuan.domain;

import java.time.LocalDateTime;

/**
 * An archive number as the register keeps it. A voided number stays listed with its reason and is never
 * issued again.
 *
 * @param caseId   the case it numbers, or null for a number issued on its own
 * @param volumeNo the volume of that case it numbers, or null
 */
public record IssuedNumber(ArchiveNumber number, Long caseId, Integer volumeNo, LocalDateTime issuedAt,
                           String issuedBy, boolean voided, String voidReason, LocalDateTime voidedAt) {

    public String text() {
        return number.text();
    }
}
