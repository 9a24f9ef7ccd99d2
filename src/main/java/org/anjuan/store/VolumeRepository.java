package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.PAGE_OVERRIDE;
import static org.anjuan.store.jooq.Tables.VOLUME;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.BoundVolume;
import org.anjuan.domain.LockedFile;
import org.anjuan.domain.PageKind;
import org.jooq.DSLContext;
import org.jooq.Record3;

/** Bound volumes of a case, and the clerk's per-page corrections to its scans. */
public final class VolumeRepository {

    private final Database db;

    public VolumeRepository(Database db) {
        this.db = db;
    }

    /** Records a case's bound volumes; joins the caller's transaction. A case is bound once. */
    public void saveBound(long caseId, List<BoundVolume> volumes, String actor) {
        db.transaction(tx -> {
            BoundCases.lockOf(tx, caseId).check(LockedFile.Change.REBIND);
            if (tx.fetchExists(VOLUME, VOLUME.CASE_ID.eq(caseId))) {
                throw new AnjuanException("bind.alreadyBound", caseId);
            }
            LocalDateTime now = LocalDateTime.now();
            for (BoundVolume v : volumes) {
                tx.insertInto(VOLUME).set(VOLUME.CASE_ID, caseId).set(VOLUME.VOLUME_NO, v.volume())
                        .set(VOLUME.VOLUME_COUNT, v.volumes()).set(VOLUME.NUMBERED_PAGES, v.numberedPages())
                        .set(VOLUME.STATUS, "BOUND").set(VOLUME.BOUND_AT, now)
                        .set(VOLUME.ARCHIVE_NUMBER, v.archiveNumber()).set(VOLUME.FILE_NAME, v.fileName())
                        .set(VOLUME.SECONDARY, v.secondary()).set(VOLUME.ITEMS, v.items())
                        .execute();
                Audit.append(tx, actor, "volume.bind", "volume", v.archiveNumber(),
                        "case " + caseId + " volume " + v.volume() + "/" + v.volumes() + ", "
                                + v.numberedPages() + " pages, " + v.fileName());
            }
            return null;
        });
    }

    /** Whether the case is bound, and so locked (第九条); the services ask before they change it. */
    public LockedFile lockOf(long caseId) {
        return BoundCases.lockOf(db.dsl(), caseId);
    }

    public List<BoundVolume> forCase(long caseId) {
        return db.dsl().selectFrom(VOLUME).where(VOLUME.CASE_ID.eq(caseId)).orderBy(VOLUME.VOLUME_NO)
                .fetch(r -> new BoundVolume(r.getVolumeNo(), r.getVolumeCount(), r.getSecondary(),
                        r.getArchiveNumber(), r.getFileName(), r.getNumberedPages(), r.getItems()));
    }

    /** The clerk's page kinds by scan file and 1-based page. */
    public Map<String, Map<Integer, PageKind>> overrides(long caseId) {
        return db.dsl().select(PAGE_OVERRIDE.FILE_PATH, PAGE_OVERRIDE.PAGE_NO, PAGE_OVERRIDE.KIND).from(PAGE_OVERRIDE)
                .where(PAGE_OVERRIDE.CASE_ID.eq(caseId)).fetch().stream()
                .collect(Collectors.groupingBy(Record3::value1,
                        Collectors.toMap(Record3::value2, r -> PageKind.valueOf(r.value3()))));
    }

    /** Sets (or with a null kind, clears) the clerk's status for one scanned page. */
    public void setOverride(long caseId, String file, int page, PageKind kind, String actor) {
        db.transaction(tx -> {
            BoundCases.lockOf(tx, caseId).check(LockedFile.Change.PAGE_MARKS);
            tx.deleteFrom(PAGE_OVERRIDE).where(PAGE_OVERRIDE.CASE_ID.eq(caseId)
                    .and(PAGE_OVERRIDE.FILE_PATH.eq(file)).and(PAGE_OVERRIDE.PAGE_NO.eq(page))).execute();
            if (kind != null) {
                tx.insertInto(PAGE_OVERRIDE).set(PAGE_OVERRIDE.CASE_ID, caseId).set(PAGE_OVERRIDE.FILE_PATH, file)
                        .set(PAGE_OVERRIDE.PAGE_NO, page).set(PAGE_OVERRIDE.KIND, kind.name()).execute();
            }
            Audit.append(tx, actor, "page.override", "case", caseId, file + " p" + page + " → " + kind);
            return null;
        });
    }
}
