package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.SUPPLEMENT;
import static org.anjuan.store.jooq.Tables.VOLUME;

import java.time.LocalDateTime;
import java.util.List;
import org.anjuan.domain.Addition;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.Correction;
import org.anjuan.domain.LockedFile;
import org.anjuan.domain.Supplement;
import org.anjuan.domain.SupplementKind;
import org.anjuan.store.jooq.tables.records.SupplementRecord;
import org.anjuan.store.jooq.tables.records.VolumeRecord;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * 补正 and 增补 of bound cases (第九条), each with its audit entry in the same transaction (joins the caller's).
 * An addition goes after the last page of the case's last 正卷 volume and its pages are numbered on from there;
 * the volume's page count grows with it.
 */
public final class SupplementRepository {

    private final Database db;

    public SupplementRepository(Database db) {
        this.db = db;
    }

    /** Records a correction against the volume with {@code archiveNumber}, or the case's first volume if null. */
    public Supplement correct(long caseId, String archiveNumber, Correction c, String actor) {
        return db.transaction(tx -> {
            VolumeRecord v = volume(tx, caseId, archiveNumber, false);
            SupplementRecord r = newRecord(tx, caseId, v, SupplementKind.CORRECTION, actor);
            r.setWrong(c.wrong());
            r.setDone(c.done());
            r.store();
            Audit.append(tx, actor, "supplement.correct", "case", caseId,
                    v.getArchiveNumber() + "：" + c.wrong() + " → " + c.done());
            return Supplement.correction(r.getId(), caseId, v.getArchiveNumber(), r.getRecordedAt(), actor, c);
        });
    }

    /** Records an approved addition after the last page of the last 正卷 volume; returns it with its page numbers. */
    public Supplement add(long caseId, Addition a, String actor) {
        return db.transaction(tx -> {
            VolumeRecord v = volume(tx, caseId, null, true);
            int first = v.getNumberedPages() + 1;
            v.setNumberedPages(v.getNumberedPages() + a.pages());
            v.setItems(v.getItems() + 1);
            v.store();
            SupplementRecord r = newRecord(tx, caseId, v, SupplementKind.ADDITION, actor);
            r.setTitle(a.title());
            r.setPageCount(a.pages());
            r.setFirstPage(first);
            r.setLastPage(first + a.pages() - 1);
            r.setApprover(a.approver());
            r.setApprovedAt(a.approvedAt());
            r.setReason(a.reason());
            r.store();
            Supplement s = Supplement.addition(r.getId(), caseId, v.getArchiveNumber(), r.getRecordedAt(), actor, a,
                    first);
            Audit.append(tx, actor, "supplement.add", "case", caseId, v.getArchiveNumber() + "：" + a.title() + "，"
                    + a.pages() + "页（" + s.pageRange() + "），批准人 " + a.approver() + "，" + a.reason());
            return s;
        });
    }

    /** Keeps where the addition's numbered scan was written. */
    public void attachScan(long supplementId, String path) {
        db.transaction(tx -> tx.update(SUPPLEMENT).set(SUPPLEMENT.FILE_PATH, path)
                .where(SUPPLEMENT.ID.eq(supplementId)).execute());
    }

    /** A case's supplements in the order they were recorded. */
    public List<Supplement> forCase(long caseId) {
        return db.dsl().select(SUPPLEMENT.asterisk(), VOLUME.ARCHIVE_NUMBER).from(SUPPLEMENT)
                .join(VOLUME).on(VOLUME.ID.eq(SUPPLEMENT.VOLUME_ID))
                .where(SUPPLEMENT.CASE_ID.eq(caseId)).orderBy(SUPPLEMENT.ID)
                .fetch(SupplementRepository::toSupplement);
    }

    private static Supplement toSupplement(Record rec) {
        SupplementRecord r = rec.into(SUPPLEMENT);
        String number = rec.get(VOLUME.ARCHIVE_NUMBER);
        if (SupplementKind.valueOf(r.getKind()) == SupplementKind.CORRECTION) {
            return Supplement.correction(r.getId(), r.getCaseId(), number, r.getRecordedAt(), r.getRecordedBy(),
                    new Correction(r.getWrong(), r.getDone()));
        }
        Addition a = new Addition(r.getTitle(), r.getPageCount(), r.getFilePath(), r.getApprover(), r.getApprovedAt(),
                r.getReason());
        return Supplement.addition(r.getId(), r.getCaseId(), number, r.getRecordedAt(), r.getRecordedBy(), a,
                r.getFirstPage());
    }

    private static SupplementRecord newRecord(DSLContext tx, long caseId, VolumeRecord v, SupplementKind kind,
                                              String actor) {
        SupplementRecord r = tx.newRecord(SUPPLEMENT);
        r.setCaseId(caseId);
        r.setVolumeId(v.getId());
        r.setKind(kind.name());
        r.setRecordedAt(LocalDateTime.now());
        r.setRecordedBy(actor);
        return r;
    }

    /**
     * The volume a supplement goes to, locked for this transaction: the one named, else the first volume
     * (a correction) or the last 正卷 volume (an addition). Refuses a case that is not bound.
     */
    private static VolumeRecord volume(DSLContext tx, long caseId, String archiveNumber, boolean last) {
        LockedFile lock = BoundCases.lockOf(tx, caseId);
        if (!lock.locked()) {
            throw new AnjuanException("supplement.notBound", caseId);
        }
        List<VolumeRecord> volumes = tx.selectFrom(VOLUME)
                .where(VOLUME.CASE_ID.eq(caseId), VOLUME.STATUS.eq(BoundCases.BOUND))
                .orderBy(VOLUME.SECONDARY, VOLUME.VOLUME_NO).forUpdate().fetch();
        if (archiveNumber != null && !archiveNumber.isBlank()) {
            return volumes.stream().filter(v -> v.getArchiveNumber().equals(archiveNumber.strip())).findFirst()
                    .orElseThrow(() -> new AnjuanException("supplement.volume.unknown", archiveNumber.strip(),
                            String.join("、", lock.boundNumbers())));
        }
        if (!last) {
            return volumes.get(0);
        }
        return volumes.stream().filter(v -> !v.getSecondary()).reduce((a, b) -> b).orElse(volumes.get(volumes.size() - 1));
    }
}
