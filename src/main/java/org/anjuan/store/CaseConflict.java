package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.AUDIT_LOG;
import static org.anjuan.store.jooq.Tables.CASE_FILE;

import java.time.format.DateTimeFormatter;
import org.anjuan.domain.AnjuanException;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * The refusal a clerk gets when the case changed in the register after their window read it (optimistic
 * locking on {@code case_file.version}): it names the case and, from the audit log, who changed it last and
 * when, so the clerk knows whom to ask. The other clerk's change stays; this one is not saved.
 */
final class CaseConflict {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CaseConflict() {
    }

    static AnjuanException refusal(DSLContext tx, long caseId) {
        String title = tx.select(CASE_FILE.TITLE).from(CASE_FILE).where(CASE_FILE.ID.eq(caseId))
                .fetchOne(CASE_FILE.TITLE);
        Record2<String, java.time.LocalDateTime> last = tx.select(AUDIT_LOG.ACTOR, AUDIT_LOG.AT).from(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq("case"), AUDIT_LOG.ENTITY_ID.eq(Long.toString(caseId)))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOne();
        return last == null
                ? new AnjuanException("db.case.conflict.unknown", title)
                : new AnjuanException("db.case.conflict", title, last.value1(), last.value2().format(WHEN));
    }
}
