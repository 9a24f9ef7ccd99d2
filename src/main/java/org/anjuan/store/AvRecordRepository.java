package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.AV_RECORD;
import static org.anjuan.store.jooq.Tables.CASE_FILE;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.AvCheck;
import org.anjuan.domain.AvGround;
import org.anjuan.domain.AvKind;
import org.anjuan.domain.AvRecord;
import org.anjuan.store.jooq.tables.records.AvRecordRecord;
import org.jooq.impl.DSL;

/** The audio/video and electronic records of each case; every registration and check is in the audit log. */
public final class AvRecordRepository {

    private final Database db;

    public AvRecordRepository(Database db) {
        this.db = db;
    }

    /** Stores a new record as the case's next 序号; refuses a file whose checksum the case already has. */
    public AvRecord add(AvRecord r, String actor) {
        return db.transaction(tx -> {
            if (!tx.fetchExists(CASE_FILE, CASE_FILE.ID.eq(r.caseId()))) {
                throw new AnjuanException("case.notFound", r.caseId());
            }
            if (r.sha256() != null) {
                Integer same = tx.select(AV_RECORD.SEQ).from(AV_RECORD)
                        .where(AV_RECORD.CASE_ID.eq(r.caseId()), AV_RECORD.SHA256.eq(r.sha256())).fetchAny(AV_RECORD.SEQ);
                if (same != null) {
                    throw new AnjuanException("av.duplicate", r.file(), Integer.toString(same));
                }
            }
            int seq = 1 + tx.select(DSL.coalesce(DSL.max(AV_RECORD.SEQ), 0)).from(AV_RECORD)
                    .where(AV_RECORD.CASE_ID.eq(r.caseId())).fetchOne().value1();
            long id = tx.insertInto(AV_RECORD).set(AV_RECORD.CASE_ID, r.caseId()).set(AV_RECORD.SEQ, seq)
                    .set(AV_RECORD.KIND, r.kind().name()).set(AV_RECORD.TITLE, r.title())
                    .set(AV_RECORD.RECORDER, r.recorder()).set(AV_RECORD.RECORDED_AT, r.recordedAt())
                    .set(AV_RECORD.PLACE, r.place()).set(AV_RECORD.SUMMARY, r.summary())
                    .set(AV_RECORD.STORED_AT, r.storedAt()).set(AV_RECORD.LOCATION, r.location())
                    .set(AV_RECORD.FILE_PATH, r.file()).set(AV_RECORD.SIZE_BYTES, r.size())
                    .set(AV_RECORD.SHA256, r.sha256())
                    .set(AV_RECORD.GROUNDS, r.grounds().stream().map(Enum::name).collect(Collectors.joining("|")))
                    .set(AV_RECORD.REGISTERED_AT, LocalDateTime.now()).set(AV_RECORD.REGISTERED_BY, actor)
                    .returningResult(AV_RECORD.ID).fetchOne().value1();
            Audit.append(tx, actor, "av.add", "av_record", id, "案件 " + r.caseId() + " 第" + seq + "号 "
                    + r.kind().label() + "《" + r.title() + "》 " + (r.storageOnly() ? r.location() : r.file()
                    + " SHA-256 " + r.sha256()));
            return r.withId(id, seq);
        });
    }

    /** The case's records in 序号 order. */
    public List<AvRecord> forCase(long caseId) {
        return db.dsl().selectFrom(AV_RECORD).where(AV_RECORD.CASE_ID.eq(caseId)).orderBy(AV_RECORD.SEQ)
                .fetch(AvRecordRepository::record);
    }

    /** Keeps a verification's outcome in the audit log: who checked which records, and what was found. */
    public void recordCheck(long caseId, List<AvCheck> checks, String actor) {
        db.transaction(tx -> {
            String found = checks.stream().map(c -> "第" + c.record().seq() + "号 " + c.result()
                    + (c.result() == AvCheck.Result.CHANGED ? " " + c.found() : "")).collect(Collectors.joining("；"));
            Audit.append(tx, actor, "av.verify", "case", caseId, found);
            return null;
        });
    }

    private static AvRecord record(AvRecordRecord r) {
        Set<AvGround> grounds = r.getGrounds().isEmpty() ? EnumSet.noneOf(AvGround.class)
                : Arrays.stream(r.getGrounds().split("\\|")).map(AvGround::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AvGround.class)));
        return new AvRecord(r.getId(), r.getCaseId(), r.getSeq(), AvKind.valueOf(r.getKind()), r.getTitle(),
                r.getRecorder(), r.getRecordedAt(), r.getPlace(), r.getSummary(), r.getStoredAt(), r.getLocation(),
                r.getFilePath(), r.getSizeBytes(), r.getSha256(), grounds);
    }
}
