package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.AUDIT_HEAD;
import static org.anjuan.store.jooq.Tables.AUDIT_LOG;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.AuditEntry;
import org.anjuan.domain.AuditSeal;
import org.anjuan.store.jooq.tables.records.AuditHeadRecord;
import org.anjuan.store.jooq.tables.records.AuditLogRecord;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Appends to the audit log inside the caller's transaction, so a change and its record commit together.
 * The application only ever inserts here (sealing the lines written before the chain existed is the one
 * exception, once). Each line is sealed onto the one before it (domain.AuditSeal) under a lock on the head row,
 * so two writers cannot chain onto the same line, and the ids follow the chain.
 *
 * <p>A transaction's lines are sealed and written last, just before it commits ({@link #writePending}): the head
 * lock is taken then and held only until the commit, so a transaction holding it never waits for another lock,
 * and writers that lock rows in different orders (binding a case, boxing, issuing a number) cannot deadlock on it.
 */
final class Audit {

    private static final int DETAIL_LIMIT = 4000;
    /** Key of the transaction's unwritten lines in its jOOQ configuration's data, which is per transaction. */
    private static final String PENDING = "org.anjuan.store.Audit.pending";

    private Audit() {
    }

    static void append(DSLContext tx, String actor, String action, String entity, Object entityId, String detail) {
        AuditEntry line = AuditEntry.unsealed(0, AuditSeal.stamp(LocalDateTime.now()), actor, action, entity,
                entityId == null ? null : entityId.toString(),
                detail == null || detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT));
        List<AuditEntry> pending = pending(tx);
        if (pending != null) {
            pending.add(line);
        } else {
            write(tx, List.of(line)); // not in a transaction of Database: written at once
        }
    }

    /** Starts collecting the lines of a new transaction. */
    static void begin(DSLContext tx) {
        tx.configuration().data(PENDING, new ArrayList<AuditEntry>());
    }

    /** Seals and writes the transaction's lines; the last thing it does before it commits. */
    static void writePending(DSLContext tx) {
        List<AuditEntry> pending = pending(tx);
        if (pending != null && !pending.isEmpty()) {
            write(tx, List.copyOf(pending));
            pending.clear();
        }
    }

    private static void write(DSLContext tx, List<AuditEntry> lines) {
        AuditHeadRecord head = lockHead(tx);
        Long newest = tx.select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne().value1();
        // past anything already there, even a line slipped in by hand: the change must not fail on its record
        long id = Math.max(Math.max(orZero(head.getLastId()), head.getLegacyLastId()), orZero(newest));
        String previous = head.getLastHash() == null ? AuditSeal.GENESIS : head.getLastHash();
        AuditEntry line = null;
        for (AuditEntry l : lines) {
            line = new AuditEntry(++id, l.at(), l.actor(), l.action(), l.entity(), l.entityId(), l.detail(), null,
                    null).sealedAfter(previous);
            tx.insertInto(AUDIT_LOG)
                    .set(AUDIT_LOG.ID, line.id())
                    .set(AUDIT_LOG.AT, line.at())
                    .set(AUDIT_LOG.ACTOR, line.actor())
                    .set(AUDIT_LOG.ACTION, line.action())
                    .set(AUDIT_LOG.ENTITY, line.entity())
                    .set(AUDIT_LOG.ENTITY_ID, line.entityId())
                    .set(AUDIT_LOG.DETAIL, line.detail())
                    .set(AUDIT_LOG.PREVIOUS_HASH, line.previousHash())
                    .set(AUDIT_LOG.ENTRY_HASH, line.hash())
                    .execute();
            previous = line.hash();
        }
        moveHead(tx, line);
    }

    @SuppressWarnings("unchecked")
    private static List<AuditEntry> pending(DSLContext tx) {
        return (List<AuditEntry>) tx.configuration().data(PENDING);
    }

    /**
     * Seals the lines written before the chain existed (V6 migration), in id order, once: on the first opening
     * after the migration, before anything else is appended. Returns how many were sealed.
     */
    static int sealOlderEntries(DSLContext tx) {
        AuditHeadRecord head = lockHead(tx);
        if (head.getLastId() != null || head.getLegacyLastId() == 0) {
            return 0;
        }
        String previous = AuditSeal.GENESIS;
        AuditEntry last = null;
        int sealed = 0;
        try (Cursor<AuditLogRecord> older = tx.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ID.le(head.getLegacyLastId()))
                .orderBy(AUDIT_LOG.ID).fetchLazy()) {
            for (AuditLogRecord r : older) {
                last = entry(r).sealedAfter(previous);
                tx.update(AUDIT_LOG).set(AUDIT_LOG.PREVIOUS_HASH, last.previousHash())
                        .set(AUDIT_LOG.ENTRY_HASH, last.hash()).where(AUDIT_LOG.ID.eq(last.id())).execute();
                previous = last.hash();
                sealed++;
            }
        }
        if (last != null) {
            moveHead(tx, last);
        }
        return sealed;
    }

    static AuditEntry entry(AuditLogRecord r) {
        return new AuditEntry(r.getId(), r.getAt(), r.getActor(), r.getAction(), r.getEntity(), r.getEntityId(),
                r.getDetail(), r.getPreviousHash(), r.getEntryHash());
    }

    private static AuditHeadRecord lockHead(DSLContext tx) {
        return tx.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).forUpdate().fetchSingle();
    }

    private static void moveHead(DSLContext tx, AuditEntry line) {
        tx.update(AUDIT_HEAD).set(AUDIT_HEAD.LAST_ID, line.id()).set(AUDIT_HEAD.LAST_HASH, line.hash())
                .where(AUDIT_HEAD.ID.eq(1)).execute();
    }

    private static long orZero(Long n) {
        return n == null ? 0 : n;
    }
}
