package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.ARCHIVE_NUMBER;
import static org.anjuan.store.jooq.Tables.AUDIT_HEAD;
import static org.anjuan.store.jooq.Tables.AUDIT_LOG;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.anjuan.domain.AuditChainWalk;
import org.anjuan.domain.AuditEntry;
import org.anjuan.domain.AuditVerdict;
import org.anjuan.store.jooq.tables.records.AuditHeadRecord;
import org.anjuan.store.jooq.tables.records.AuditLogRecord;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reading the audit log: walking its chain line by line, and the latest lines about a case or a kind of thing. */
public final class AuditLog {

    private final Database db;

    public AuditLog(Database db) {
        this.db = db;
    }

    /**
     * Walks the chain up to the head as it stands now, reading one line at a time, then looks past the head:
     * a line there was either written after the walk began (the head has moved on since) or slipped in by hand.
     */
    public AuditVerdict verify() {
        DSLContext dsl = db.dsl();
        AuditHeadRecord head = dsl.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).fetchSingle();
        long bound = head.getLastId() == null ? 0 : head.getLastId();
        AuditChainWalk walk = new AuditChainWalk(head.getLastId(), head.getLastHash());
        try (Cursor<AuditLogRecord> lines = dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ID.le(bound))
                .orderBy(AUDIT_LOG.ID).fetchSize(500).fetchLazy()) {
            for (AuditLogRecord r : lines) {
                if (!walk.next(Audit.entry(r))) {
                    return walk.verdict();
                }
            }
        }
        AuditLogRecord beyond = dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ID.gt(bound)).orderBy(AUDIT_LOG.ID)
                .limit(1).fetchOne();
        if (beyond != null) {
            Long headNow = dsl.select(AUDIT_HEAD.LAST_ID).from(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1))
                    .fetchOne(AUDIT_HEAD.LAST_ID);
            if (headNow == null || beyond.getId() > headNow) {
                walk.next(Audit.entry(beyond));
            }
        }
        return walk.verdict();
    }

    /**
     * The latest {@code limit} lines, oldest first: all of them, or about one case (the case itself, its
     * archive numbers and its bound volumes), or about one kind of thing ({@code case}, {@code archive_number},
     * {@code volume}, {@code archive_box}, {@code setting}); either filter may be null.
     */
    public List<AuditEntry> recent(Long caseId, String entity, int limit) {
        Condition where = DSL.trueCondition();
        if (caseId != null) {
            where = where.and(AUDIT_LOG.ENTITY.eq("case").and(AUDIT_LOG.ENTITY_ID.eq(caseId.toString()))
                    .or(AUDIT_LOG.ENTITY.in("archive_number", "volume").and(AUDIT_LOG.ENTITY_ID.in(
                            DSL.select(ARCHIVE_NUMBER.TEXT).from(ARCHIVE_NUMBER)
                                    .where(ARCHIVE_NUMBER.CASE_ID.eq(caseId))))));
        }
        if (entity != null) {
            where = where.and(AUDIT_LOG.ENTITY.eq(entity));
        }
        List<AuditEntry> lines = new ArrayList<>(db.dsl().selectFrom(AUDIT_LOG).where(where)
                .orderBy(AUDIT_LOG.ID.desc()).limit(Math.max(0, limit)).fetch(Audit::entry));
        Collections.reverse(lines);
        return lines;
    }
}
