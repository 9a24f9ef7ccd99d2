package org.anjuan.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One document or piece of evidence in a case file (一份材料). It takes exactly one sequence number in the
 * directory (第八条): its position in the case's order.
 *
 * @param file  the scanned PDF, relative to the case folder; null for a paper-only material
 * @param pages the material's page count (for a scan, the PDF's page count)
 * @param copy  non-null when a copy is filed instead of the original
 */
public record Material(String title, String docNo, String author, LocalDate date, MaterialKind kind,
                       String file, int pages, CopyVerification copy, boolean secondary,
                       EvidenceRecord evidence) {

    public Material {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        if (pages < 1) {
            throw new IllegalArgumentException("a material has at least one page: " + title);
        }
    }

    public boolean isPaperOnly() {
        return file == null;
    }

    public boolean isCopy() {
        return copy != null;
    }

    /** A copy without the full 与原件核对无误 details is flagged to the clerk (第六条). */
    public boolean isUnverifiedCopy() {
        return copy != null && !copy.isComplete();
    }

    public Material withPages(int newPages) {
        return new Material(title, docNo, author, date, kind, file, newPages, copy, secondary, evidence);
    }
}
