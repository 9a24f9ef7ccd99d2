package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.MATERIAL;

import java.util.List;
import org.anjuan.domain.CopyVerification;
import org.anjuan.domain.EvidenceRecord;
import org.anjuan.domain.Material;
import org.anjuan.domain.MaterialKind;
import org.anjuan.store.jooq.tables.records.MaterialRecord;
import org.jooq.DSLContext;

/** Maps a case's ordered materials to rows; position 1..n is the directory's 顺序号. */
final class MaterialRows {

    private MaterialRows() {
    }

    static void replace(DSLContext tx, long caseId, List<Material> materials) {
        tx.deleteFrom(MATERIAL).where(MATERIAL.CASE_ID.eq(caseId)).execute();
        int position = 1;
        for (Material m : materials) {
            MaterialRecord r = tx.newRecord(MATERIAL);
            r.setCaseId(caseId);
            r.setPosition(position++);
            r.setTitle(m.title());
            r.setDocNo(m.docNo());
            r.setAuthor(m.author());
            r.setDocDate(m.date());
            r.setKind(m.kind().name());
            r.setFilePath(m.file());
            r.setPageCount(m.pages());
            r.setSecondary(m.secondary());
            r.setIsCopy(m.isCopy());
            if (m.copy() != null) {
                r.setCopySource(m.copy().source());
                r.setCopyCheckedBy(m.copy().checkedBy());
                r.setCopyCheckedOn(m.copy().checkedOn());
            }
            EvidenceRecord e = m.evidence();
            if (e != null) {
                r.setEvidenceName(e.name());
                r.setEvidenceContent(e.content());
                r.setEvidenceQuantity(e.quantity());
                r.setEvidenceSource(e.source());
                r.setEvidenceFeatures(e.features());
                r.setEvidenceTakenAt(e.takenAt());
                r.setEvidenceStoredAt(e.storedAt());
            }
            r.store();
        }
    }

    static List<Material> load(DSLContext dsl, long caseId) {
        return dsl.selectFrom(MATERIAL).where(MATERIAL.CASE_ID.eq(caseId)).orderBy(MATERIAL.POSITION)
                .fetch(MaterialRows::toMaterial);
    }

    private static Material toMaterial(MaterialRecord r) {
        CopyVerification copy = r.getIsCopy()
                ? new CopyVerification(r.getCopySource(), r.getCopyCheckedBy(), r.getCopyCheckedOn()) : null;
        EvidenceRecord evidence = r.getEvidenceName() == null ? null
                : new EvidenceRecord(r.getEvidenceName(), r.getEvidenceContent(), r.getEvidenceQuantity(),
                        r.getEvidenceSource(), r.getEvidenceFeatures(), r.getEvidenceTakenAt(),
                        r.getEvidenceStoredAt());
        return new Material(r.getTitle(), r.getDocNo(), r.getAuthor(), r.getDocDate(),
                MaterialKind.valueOf(r.getKind()), r.getFilePath(), r.getPageCount(), copy, r.getSecondary(),
                evidence);
    }
}
