package org.anjuan.domain;

import java.time.LocalDateTime;

/**
 * One line of the audit log: who changed what, when, and the seal that chains it to the line before.
 * {@code previousHash} and {@code hash} are hex SHA-256 (see {@link AuditSeal}); null on a line not sealed yet.
 */
public record AuditEntry(long id, LocalDateTime at, String actor, String action, String entity, String entityId,
                         String detail, String previousHash, String hash) {

    /** A new line, not sealed yet. */
    public static AuditEntry unsealed(long id, LocalDateTime at, String actor, String action, String entity,
                                      String entityId, String detail) {
        return new AuditEntry(id, at, actor, action, entity, entityId, detail, null, null);
    }

    public boolean sealed() {
        return previousHash != null && hash != null;
    }

    /** This line chained onto the line whose hash is {@code previous}. */
    public AuditEntry sealedAfter(String previous) {
        return new AuditEntry(id, at, actor, action, entity, entityId, detail, previous,
                AuditSeal.hash(this, previous));
    }
}
