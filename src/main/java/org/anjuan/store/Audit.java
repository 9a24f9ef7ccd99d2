package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.AUDIT_LOG;

import java.time.LocalDateTime;
import org.jooq.DSLContext;

/**
 * Appends to the audit log inside the caller's transaction, so a change and its record commit together.
 * The application only ever inserts here.
 */
final class Audit {

    private Audit() {
    }

    static void append(DSLContext tx, String actor, String action, String entity, Object entityId, String detail) {
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, LocalDateTime.now())
                .set(AUDIT_LOG.ACTOR, actor)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId == null ? null : entityId.toString())
                .set(AUDIT_LOG.DETAIL, detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000))
                .execute();
    }
}
