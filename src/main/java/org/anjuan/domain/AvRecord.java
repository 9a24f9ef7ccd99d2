package org.anjuan.domain;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One audio/video or electronic record kept with a case file (第十四条至第十六条): who recorded what, when and
 * where, when it reached the dedicated storage and where it lies there. A file in the storage has its size and
 * SHA-256, taken when it was registered; an item kept only on a medium (a disc in the archive room) has neither.
 *
 * @param id       the register's id; null until stored
 * @param seq      序号 on the 制作说明, from 1 within the case
 * @param storedAt when the original reached the dedicated storage (专用存储器)
 * @param location 存储位置: a path in the storage or a medium, e.g. 光盘 GP-2023-015
 * @param file     absolute path of the stored file, or null for an item kept only on a medium
 */
public record AvRecord(Long id, long caseId, int seq, AvKind kind, String title, String recorder,
                       LocalDateTime recordedAt, String place, String summary, LocalDateTime storedAt,
                       String location, String file, Long size, String sha256, Set<AvGround> grounds) {

    public AvRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(storedAt, "storedAt");
        grounds = grounds.isEmpty() ? EnumSet.noneOf(AvGround.class) : EnumSet.copyOf(grounds);
    }

    /** True for an item registered by its storage place only: nothing to re-hash. */
    public boolean storageOnly() {
        return file == null;
    }

    public AvRecord withId(long newId, int newSeq) {
        return new AvRecord(newId, caseId, newSeq, kind, title, recorder, recordedAt, place, summary, storedAt,
                location, file, size, sha256, grounds);
    }
}
