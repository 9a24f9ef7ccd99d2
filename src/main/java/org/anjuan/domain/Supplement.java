package org.anjuan.domain;

import java.time.LocalDateTime;

/**
 * A recorded 补正 or 增补 of a bound case: the volume it went into, who recorded it and when, and either the
 * correction or the addition with the page numbers its pages took (after the volume's last page).
 */
public record Supplement(long id, long caseId, String archiveNumber, SupplementKind kind, LocalDateTime recordedAt,
                         String recordedBy, Correction correction, Addition addition, int firstPage, int lastPage) {

    public static Supplement correction(long id, long caseId, String archiveNumber, LocalDateTime at, String by,
                                        Correction c) {
        return new Supplement(id, caseId, archiveNumber, SupplementKind.CORRECTION, at, by, c, null, 0, 0);
    }

    public static Supplement addition(long id, long caseId, String archiveNumber, LocalDateTime at, String by,
                                      Addition a, int firstPage) {
        return new Supplement(id, caseId, archiveNumber, SupplementKind.ADDITION, at, by, null, a, firstPage,
                firstPage + a.pages() - 1);
    }

    /** 41–43, or 41 for one page; empty for a correction. */
    public String pageRange() {
        return addition == null ? "" : firstPage == lastPage ? Integer.toString(firstPage) : firstPage + "–" + lastPage;
    }
}
