package org.anjuan.app;

import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.AuditEntry;
import org.anjuan.domain.AuditVerdict;
import org.anjuan.i18n.Messages;
import org.anjuan.store.AuditLog;
import org.anjuan.store.CaseRepository;

/**
 * The audit trail: checking that the log is as Anjuan wrote it, and reading its latest lines. The log itself
 * is written by the store, in the same transaction as each change.
 */
public final class AuditService {

    private final AuditLog log;
    private final CaseRepository cases;
    private final Messages messages;

    public AuditService(AuditLog log, CaseRepository cases, Messages messages) {
        this.log = log;
        this.cases = cases;
        this.messages = messages;
    }

    /** Walks the whole chain; reads one line at a time, so a long log takes time but little memory. */
    public AuditVerdict verify() {
        return log.verify();
    }

    /** The latest lines, oldest first, about one case (null: all cases) or one kind of thing (null: any). */
    public List<AuditEntry> recent(Long caseId, String entity, int limit) {
        if (caseId != null && cases.find(caseId).isEmpty()) {
            throw new AnjuanException("case.notFound", caseId);
        }
        if (limit < 1) {
            throw new AnjuanException("audit.limit.invalid", limit);
        }
        return log.recent(caseId, entity, limit);
    }

    /** The verdict as the clerk reads it: intact with its length, or the broken line and what is wrong there. */
    public String describe(AuditVerdict v) {
        if (v.intact()) {
            return v.entryId() == null ? messages.text("audit.intact.empty")
                    : messages.text("audit.intact", v.entries(), id(v.entryId()), v.lastHash());
        }
        String at = id(v.entryId());
        String before = v.previousId() == null ? null : id(v.previousId());
        return switch (v.fault()) {
            case EDITED -> messages.text("audit.broken.edited", at);
            case UNSEALED -> messages.text("audit.broken.unsealed", at);
            case DELETED -> before == null ? messages.text("audit.broken.deletedFirst", at)
                    : messages.text("audit.broken.deleted", at, before);
            case INSERTED -> messages.text("audit.broken.inserted", at);
            case TAIL_DELETED -> before == null ? messages.text("audit.broken.tailAll", at)
                    : messages.text("audit.broken.tail", at, before);
            case HEAD_MISMATCH -> messages.text("audit.broken.head", at);
        };
    }

    /** What to do about a broken log, and how much of it was found sound; empty when intact. */
    public String advice(AuditVerdict v) {
        if (v.intact()) {
            return "";
        }
        String sound = v.entries() == 0 ? "" : messages.text("audit.broken.sound", v.entries());
        return sound + messages.text("audit.broken.advice", id(v.entryId()));
    }

    /** A line's action in the clerk's words (导入案件), or its code for an action this version does not name. */
    public String actionLabel(AuditEntry e) {
        String key = "audit.action." + e.action();
        return messages.bundle().containsKey(key) ? messages.text(key) : e.action();
    }

    /** What a line is about in the clerk's words: 案件 3, 案卷序号 2023年厦国动罚字第01号, 档案盒 2023-罚-001. */
    public String subject(AuditEntry e) {
        String key = "audit.entity." + e.entity();
        String kind = messages.bundle().containsKey(key) ? messages.text(key) : e.entity();
        return e.entityId() == null ? kind : kind + " " + e.entityId();
    }

    /** Ids as written in the log, without grouping: 第 1024 条, not 第 1,024 条. */
    private static String id(Long id) {
        return String.valueOf(id);
    }
}
