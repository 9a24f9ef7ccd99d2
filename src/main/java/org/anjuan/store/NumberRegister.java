package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.ARCHIVE_NUMBER;
import static org.anjuan.store.jooq.Tables.CASE_LINK;
import static org.anjuan.store.jooq.Tables.NUMBER_SEQUENCE;
import static org.anjuan.store.jooq.Tables.VOLUME;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveNumber;
import org.anjuan.domain.ArchiveNumberFormat;
import org.anjuan.domain.IssuedNumber;
import org.anjuan.domain.LockedFile;
import org.anjuan.store.jooq.tables.records.ArchiveNumberRecord;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Issues archive numbers. The sequence row of (year, word) is bumped and read in the same transaction as the
 * numbers are recorded, so two workstations never get the same number, and it never goes down, so a number
 * is never reused — a mistaken one is voided and stays listed.
 */
public final class NumberRegister {

    private static final int ATTEMPTS = 5;
    private final Database db;

    public NumberRegister(Database db) {
        this.db = db;
    }

    /**
     * Issues {@code count} consecutive numbers of one year and word; with a case, volume i of the case takes
     * the i-th number (一卷一号).
     */
    public List<ArchiveNumber> issue(ArchiveNumberFormat format, int year, String word, int count, Long caseId,
                                     String actor) {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
        format.number(year, word, 1); // refuses a bad year or word before anything is written
        for (int attempt = 1; ; attempt++) {
            try {
                return db.transaction(tx -> issueInTransaction(tx, format, year, word, count,
                        caseId, actor));
            } catch (DataAccessException firstOfYearRace) {
                // two workstations opened the same new (year, word) at once: one insert lost; try again
                if (attempt == ATTEMPTS) {
                    throw new AnjuanException(firstOfYearRace, "store.busy", firstOfYearRace.getMessage());
                }
            }
        }
    }

    private static List<ArchiveNumber> issueInTransaction(DSLContext tx, ArchiveNumberFormat format, int year,
                                                          String word, int count, Long caseId, String actor) {
        if (bump(tx, year, word, count) == 0) {
            // the year's first number: make its row unless another workstation just did (PostgreSQL waits for
            // that one to commit instead of failing, which would spoil a bind's whole transaction), then bump it
            tx.insertInto(NUMBER_SEQUENCE).set(NUMBER_SEQUENCE.NUMBER_YEAR, year).set(NUMBER_SEQUENCE.WORD, word)
                    .set(NUMBER_SEQUENCE.LAST_SEQ, 0).onConflictDoNothing().execute();
            bump(tx, year, word, count);
        }
        int last = tx.select(NUMBER_SEQUENCE.LAST_SEQ).from(NUMBER_SEQUENCE)
                .where(NUMBER_SEQUENCE.NUMBER_YEAR.eq(year).and(NUMBER_SEQUENCE.WORD.eq(word)))
                .fetchSingle(NUMBER_SEQUENCE.LAST_SEQ);
        List<ArchiveNumber> issued = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now();
        for (int i = 0; i < count; i++) {
            ArchiveNumber n = format.number(year, word, last - count + 1 + i);
            tx.insertInto(ARCHIVE_NUMBER)
                    .set(ARCHIVE_NUMBER.NUMBER_YEAR, year).set(ARCHIVE_NUMBER.WORD, word)
                    .set(ARCHIVE_NUMBER.SEQ, n.seq()).set(ARCHIVE_NUMBER.TEXT, n.text())
                    .set(ARCHIVE_NUMBER.CASE_ID, caseId).set(ARCHIVE_NUMBER.VOLUME_NO, caseId == null ? null : i + 1)
                    .set(ARCHIVE_NUMBER.ISSUED_AT, now).set(ARCHIVE_NUMBER.ISSUED_BY, actor)
                    .execute();
            Audit.append(tx, actor, "number.issue", "archive_number", n.text(),
                    caseId == null ? null : "case " + caseId + " volume " + (i + 1));
            issued.add(n);
        }
        return issued;
    }

    private static int bump(DSLContext tx, int year, String word, int count) {
        return tx.update(NUMBER_SEQUENCE).set(NUMBER_SEQUENCE.LAST_SEQ, NUMBER_SEQUENCE.LAST_SEQ.plus(count))
                .where(NUMBER_SEQUENCE.NUMBER_YEAR.eq(year).and(NUMBER_SEQUENCE.WORD.eq(word))).execute();
    }

    /**
     * The numbers the next {@link #issue} of {@code count} would give, without taking them: a binder prints
     * them on its covers first, then issues and compares in its final transaction.
     */
    public List<ArchiveNumber> predict(ArchiveNumberFormat format, int year, String word, int count) {
        Integer last = db.dsl().select(NUMBER_SEQUENCE.LAST_SEQ).from(NUMBER_SEQUENCE)
                .where(NUMBER_SEQUENCE.NUMBER_YEAR.eq(year).and(NUMBER_SEQUENCE.WORD.eq(word)))
                .fetchOne(NUMBER_SEQUENCE.LAST_SEQ);
        int from = last == null ? 1 : last + 1;
        List<ArchiveNumber> next = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            next.add(format.number(year, word, from + i));
        }
        return next;
    }

    /** Voids a number with a reason; it stays in the register and its sequence is never issued again. */
    public IssuedNumber voidNumber(String text, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new AnjuanException("number.void.reason");
        }
        return db.transaction(tx -> {
            ArchiveNumberRecord r = tx.selectFrom(ARCHIVE_NUMBER).where(ARCHIVE_NUMBER.TEXT.eq(text.strip()))
                    .forUpdate().fetchOne();
            if (r == null) {
                throw new AnjuanException("number.notFound", text);
            }
            if (r.getVoided()) {
                throw new AnjuanException("number.alreadyVoided", text, r.getVoidedAt().toLocalDate(),
                        r.getVoidReason());
            }
            if (r.getCaseId() != null && tx.fetchExists(CASE_LINK, CASE_LINK.RELATED_CASE_ID.eq(r.getCaseId()),
                    CASE_LINK.RELATION.eq(CaseRepository.REDOES))) {
                throw new AnjuanException("number.void.redone", text); // 第九条: the original keeps its number
            }
            if (r.getCaseId() != null && tx.fetchExists(VOLUME, VOLUME.ARCHIVE_NUMBER.eq(r.getText()),
                    VOLUME.STATUS.eq(BoundCases.BOUND))) {
                throw BoundCases.lockOf(tx, r.getCaseId()).refusal(LockedFile.Change.VOID_NUMBER);
            }
            r.setVoided(true);
            r.setVoidReason(reason.strip());
            r.setVoidedAt(LocalDateTime.now());
            r.setVoidedBy(actor);
            r.store();
            Audit.append(tx, actor, "number.void", "archive_number", r.getText(), reason.strip());
            return toIssued(r);
        });
    }

    /** Every number ever issued, voided ones included, in year, word and sequence order. */
    public List<IssuedNumber> all() {
        return db.dsl().selectFrom(ARCHIVE_NUMBER)
                .orderBy(ARCHIVE_NUMBER.NUMBER_YEAR, ARCHIVE_NUMBER.WORD, ARCHIVE_NUMBER.SEQ)
                .fetch(NumberRegister::toIssued);
    }

    public List<IssuedNumber> forCase(long caseId) {
        return db.dsl().selectFrom(ARCHIVE_NUMBER).where(ARCHIVE_NUMBER.CASE_ID.eq(caseId))
                .orderBy(ARCHIVE_NUMBER.VOLUME_NO, ARCHIVE_NUMBER.ID).fetch(NumberRegister::toIssued);
    }

    private static IssuedNumber toIssued(ArchiveNumberRecord r) {
        // The stored text is authoritative: a later change of pattern must not rewrite issued numbers.
        ArchiveNumber n = new ArchiveNumber(r.getNumberYear(), null, r.getWord(), r.getSeq(), r.getText());
        return new IssuedNumber(n, r.getCaseId(), r.getVolumeNo(), r.getIssuedAt(), r.getIssuedBy(),
                r.getVoided(), r.getVoidReason(), r.getVoidedAt());
    }
}
