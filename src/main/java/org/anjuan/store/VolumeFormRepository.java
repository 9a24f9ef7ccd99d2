package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.VOLUME;
import static org.anjuan.store.jooq.Tables.VOLUME_COVER;
import static org.anjuan.store.jooq.Tables.VOLUME_DIRECTORY_ROW;
import static org.anjuan.store.jooq.Tables.VOLUME_NOTE;
import static org.anjuan.store.jooq.Tables.VOLUME_PAPER_ORIGINAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.BackSheet;
import org.anjuan.domain.CoverSheet;
import org.anjuan.domain.DirectoryRow;
import org.anjuan.domain.VolumeForms;
import org.anjuan.domain.VolumeForms.PaperOriginal;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The forms of each bound volume as they were bound into it (cover, directory, back sheet), for reprints. */
public final class VolumeFormRepository {

    private final Database db;

    public VolumeFormRepository(Database db) {
        this.db = db;
    }

    /** Keeps the forms of volume {@code volumeNo} of a bound case; joins the caller's transaction. */
    public void save(long caseId, int volumeNo, VolumeForms forms) {
        db.transaction(tx -> {
            Long volumeId = tx.select(VOLUME.ID).from(VOLUME)
                    .where(VOLUME.CASE_ID.eq(caseId), VOLUME.VOLUME_NO.eq(volumeNo)).fetchOne(VOLUME.ID);
            if (volumeId == null) {
                throw new IllegalStateException("volume " + volumeNo + " of case " + caseId + " is not recorded");
            }
            CoverSheet c = forms.cover();
            BackSheet b = forms.backSheet();
            tx.insertInto(VOLUME_COVER).set(VOLUME_COVER.VOLUME_ID, volumeId).set(VOLUME_COVER.FONDS, c.fonds())
                    .set(VOLUME_COVER.CATEGORY, c.category()).set(VOLUME_COVER.TITLE, c.title())
                    .set(VOLUME_COVER.PERIOD, c.period()).set(VOLUME_COVER.RETENTION, c.retention())
                    .set(VOLUME_COVER.ITEMS, c.items()).set(VOLUME_COVER.PAGES, c.pages())
                    .set(VOLUME_COVER.ARCHIVE_NUMBER, c.archiveNumber()).set(VOLUME_COVER.VOLUME_NO, c.volume())
                    .set(VOLUME_COVER.VOLUME_COUNT, c.volumes()).set(VOLUME_COVER.SECRECY, c.secrecy())
                    .set(VOLUME_COVER.COMPILER, b.compiler()).set(VOLUME_COVER.CHECKER, b.checker())
                    .set(VOLUME_COVER.COMPILED_ON, b.date()).execute();
            int rowNo = 0;
            for (DirectoryRow r : forms.directory()) {
                tx.insertInto(VOLUME_DIRECTORY_ROW).set(VOLUME_DIRECTORY_ROW.VOLUME_ID, volumeId)
                        .set(VOLUME_DIRECTORY_ROW.ROW_NO, ++rowNo).set(VOLUME_DIRECTORY_ROW.SEQ, r.seq())
                        .set(VOLUME_DIRECTORY_ROW.DOC_NO, r.docNo()).set(VOLUME_DIRECTORY_ROW.AUTHOR, r.author())
                        .set(VOLUME_DIRECTORY_ROW.TITLE, r.title()).set(VOLUME_DIRECTORY_ROW.DOC_DATE, r.date())
                        .set(VOLUME_DIRECTORY_ROW.PAGES, r.pages()).set(VOLUME_DIRECTORY_ROW.REMARKS, r.remarks())
                        .execute();
            }
            int lineNo = 0;
            for (String note : b.notes()) {
                tx.insertInto(VOLUME_NOTE).set(VOLUME_NOTE.VOLUME_ID, volumeId).set(VOLUME_NOTE.LINE_NO, ++lineNo)
                        .set(VOLUME_NOTE.TEXT, note).execute();
            }
            for (PaperOriginal p : forms.paperOriginals()) {
                tx.insertInto(VOLUME_PAPER_ORIGINAL).set(VOLUME_PAPER_ORIGINAL.VOLUME_ID, volumeId)
                        .set(VOLUME_PAPER_ORIGINAL.SEQ, p.seq()).set(VOLUME_PAPER_ORIGINAL.TITLE, p.title())
                        .set(VOLUME_PAPER_ORIGINAL.FIRST_NUMBER, p.firstNumber())
                        .set(VOLUME_PAPER_ORIGINAL.LAST_NUMBER, p.lastNumber()).execute();
            }
            return null;
        });
    }

    /**
     * Refreshes the kept forms of a bound volume after a 补正 or 增补 (joins the caller's transaction): the back
     * sheet's 情况说明 gains {@code note} (and loses {@code staleNote}, the "nothing added" line, if it has it); an
     * addition also gains {@code addedRow} in the directory (its 顺序号 after the case's last) and its pages on
     * the cover (the volume's page count, already raised).
     */
    public void noteSupplement(String archiveNumber, String note, String staleNote, DirectoryRow addedRow) {
        db.transaction(tx -> {
            Long volumeId = tx.select(VOLUME.ID).from(VOLUME).where(VOLUME.ARCHIVE_NUMBER.eq(archiveNumber))
                    .fetchOne(VOLUME.ID);
            if (volumeId == null) {
                throw new AnjuanException("print.volume.notFound", archiveNumber);
            }
            tx.deleteFrom(VOLUME_NOTE).where(VOLUME_NOTE.VOLUME_ID.eq(volumeId), VOLUME_NOTE.TEXT.eq(staleNote))
                    .execute();
            int lastLine = tx.select(DSL.coalesce(DSL.max(VOLUME_NOTE.LINE_NO), 0)).from(VOLUME_NOTE)
                    .where(VOLUME_NOTE.VOLUME_ID.eq(volumeId)).fetchSingle().value1();
            tx.insertInto(VOLUME_NOTE).set(VOLUME_NOTE.VOLUME_ID, volumeId).set(VOLUME_NOTE.LINE_NO, lastLine + 1)
                    .set(VOLUME_NOTE.TEXT, note).execute();
            if (addedRow != null) {
                addRow(tx, volumeId, addedRow);
            }
            return null;
        });
    }

    private static void addRow(DSLContext tx, long volumeId, DirectoryRow row) {
        Long caseId = tx.select(VOLUME.CASE_ID).from(VOLUME).where(VOLUME.ID.eq(volumeId)).fetchSingle(VOLUME.CASE_ID);
        int lastSeq = tx.select(DSL.coalesce(DSL.max(VOLUME_DIRECTORY_ROW.SEQ), 0)).from(VOLUME_DIRECTORY_ROW)
                .join(VOLUME).on(VOLUME.ID.eq(VOLUME_DIRECTORY_ROW.VOLUME_ID)).where(VOLUME.CASE_ID.eq(caseId))
                .fetchSingle().value1();
        int lastRow = tx.select(DSL.coalesce(DSL.max(VOLUME_DIRECTORY_ROW.ROW_NO), 0)).from(VOLUME_DIRECTORY_ROW)
                .where(VOLUME_DIRECTORY_ROW.VOLUME_ID.eq(volumeId)).fetchSingle().value1();
        tx.insertInto(VOLUME_DIRECTORY_ROW).set(VOLUME_DIRECTORY_ROW.VOLUME_ID, volumeId)
                .set(VOLUME_DIRECTORY_ROW.ROW_NO, lastRow + 1).set(VOLUME_DIRECTORY_ROW.SEQ, lastSeq + 1)
                .set(VOLUME_DIRECTORY_ROW.DOC_NO, row.docNo()).set(VOLUME_DIRECTORY_ROW.AUTHOR, row.author())
                .set(VOLUME_DIRECTORY_ROW.TITLE, row.title()).set(VOLUME_DIRECTORY_ROW.DOC_DATE, row.date())
                .set(VOLUME_DIRECTORY_ROW.PAGES, row.pages()).set(VOLUME_DIRECTORY_ROW.REMARKS, row.remarks())
                .execute();
        tx.update(VOLUME_COVER).set(VOLUME_COVER.ITEMS, VOLUME_COVER.ITEMS.plus(1))
                .set(VOLUME_COVER.PAGES, DSL.select(VOLUME.NUMBERED_PAGES).from(VOLUME).where(VOLUME.ID.eq(volumeId)))
                .where(VOLUME_COVER.VOLUME_ID.eq(volumeId)).execute();
    }

    /** The forms of the volume with this archive number (归档号), if it is bound. */
    public Optional<VolumeForms> byArchiveNumber(String archiveNumber) {
        DSLContext dsl = db.dsl();
        return dsl.select(VOLUME_COVER.asterisk()).from(VOLUME_COVER).join(VOLUME).on(VOLUME.ID.eq(VOLUME_COVER.VOLUME_ID))
                .where(VOLUME.ARCHIVE_NUMBER.eq(archiveNumber.strip())).fetchOptional()
                .map(r -> forms(dsl, r));
    }

    /** The forms of every bound volume of a case, 正卷 then 副卷 in volume order; refuses a case not bound. */
    public List<VolumeForms> forCase(long caseId) {
        DSLContext dsl = db.dsl();
        List<VolumeForms> all = dsl.select(VOLUME_COVER.asterisk()).from(VOLUME_COVER)
                .join(VOLUME).on(VOLUME.ID.eq(VOLUME_COVER.VOLUME_ID)).where(VOLUME.CASE_ID.eq(caseId))
                .orderBy(VOLUME.VOLUME_NO).fetch(r -> forms(dsl, r));
        if (all.isEmpty()) {
            throw new AnjuanException("print.notBound", caseId);
        }
        return all;
    }

    private static VolumeForms forms(DSLContext dsl, Record r) {
        long id = r.get(VOLUME_COVER.VOLUME_ID);
        CoverSheet cover = new CoverSheet(r.get(VOLUME_COVER.FONDS), r.get(VOLUME_COVER.CATEGORY),
                r.get(VOLUME_COVER.TITLE), r.get(VOLUME_COVER.PERIOD), r.get(VOLUME_COVER.RETENTION),
                r.get(VOLUME_COVER.ITEMS), r.get(VOLUME_COVER.PAGES), r.get(VOLUME_COVER.ARCHIVE_NUMBER),
                r.get(VOLUME_COVER.VOLUME_NO), r.get(VOLUME_COVER.VOLUME_COUNT), r.get(VOLUME_COVER.SECRECY));
        List<DirectoryRow> rows = dsl.selectFrom(VOLUME_DIRECTORY_ROW).where(VOLUME_DIRECTORY_ROW.VOLUME_ID.eq(id))
                .orderBy(VOLUME_DIRECTORY_ROW.ROW_NO)
                .fetch(d -> new DirectoryRow(d.getSeq(), d.getDocNo(), d.getAuthor(), d.getTitle(), d.getDocDate(),
                        d.getPages(), d.getRemarks()));
        List<String> notes = new ArrayList<>(dsl.select(VOLUME_NOTE.TEXT).from(VOLUME_NOTE)
                .where(VOLUME_NOTE.VOLUME_ID.eq(id)).orderBy(VOLUME_NOTE.LINE_NO).fetch(VOLUME_NOTE.TEXT));
        BackSheet back = new BackSheet(cover.archiveNumber(), notes, r.get(VOLUME_COVER.COMPILER),
                r.get(VOLUME_COVER.CHECKER), r.get(VOLUME_COVER.COMPILED_ON));
        List<PaperOriginal> paper = dsl.selectFrom(VOLUME_PAPER_ORIGINAL)
                .where(VOLUME_PAPER_ORIGINAL.VOLUME_ID.eq(id))
                .orderBy(VOLUME_PAPER_ORIGINAL.FIRST_NUMBER)
                .fetch(p -> new PaperOriginal(p.getSeq(), p.getTitle(), p.getFirstNumber(), p.getLastNumber()));
        return new VolumeForms(cover, rows, back, paper);
    }
}
