package org.anjuan.domain;

import static org.anjuan.domain.AuditFault.DELETED;
import static org.anjuan.domain.AuditFault.EDITED;
import static org.anjuan.domain.AuditFault.HEAD_MISMATCH;
import static org.anjuan.domain.AuditFault.INSERTED;
import static org.anjuan.domain.AuditFault.TAIL_DELETED;
import static org.anjuan.domain.AuditFault.UNSEALED;

/**
 * Walks the audit log in id order, one line at a time (a long log need not be held in memory), and stops at
 * the first broken place. The head (the last line as recorded when it was written) shows lines cut from the
 * end or added past it.
 */
public final class AuditChainWalk {

    private final Long headId;
    private final String headHash;
    private long sound;
    private Long lastId;
    private String lastHash = AuditSeal.GENESIS;
    private Long beforeLastId;
    private String beforeLastHash;
    /** A line naming the wrong previous seal: slipped in, or lines before it deleted; the next line tells. */
    private AuditEntry suspect;
    private AuditVerdict broken;

    /** @param headId the head's last line, null for a chain not started */
    public AuditChainWalk(Long headId, String headHash) {
        this.headId = headId;
        this.headHash = headHash;
    }

    /** Takes the next line in id order; false once the chain is broken (the rest need not be read). */
    public boolean next(AuditEntry e) {
        if (broken != null) {
            return false;
        }
        if (suspect != null) {
            // the line after chains onto the line before the suspect: the suspect was slipped in between
            boolean skipsSuspect = e.sealed() && lastHash.equals(e.previousHash());
            return fail(skipsSuspect ? INSERTED : DELETED, suspect.id(), lastId);
        }
        if (headId == null || e.id() > headId) {
            return fail(INSERTED, e.id(), lastId);
        }
        if (!e.sealed()) {
            return fail(UNSEALED, e.id(), lastId);
        }
        if (!AuditSeal.holds(e)) {
            return fail(EDITED, e.id(), lastId);
        }
        if (!e.previousHash().equals(lastHash)) {
            if (e.previousHash().equals(beforeLastHash)) {
                sound--; // the line before was slipped in, sealed onto the one before it
                return fail(INSERTED, lastId, beforeLastId);
            }
            suspect = e;
            return true;
        }
        beforeLastId = lastId;
        beforeLastHash = lastHash;
        lastId = e.id();
        lastHash = e.hash();
        sound++;
        return true;
    }

    public AuditVerdict verdict() {
        if (broken != null) {
            return broken;
        }
        if (suspect != null) {
            // nothing after it: if the head was written with it, it is genuine and lines before it are gone
            boolean headOnSuspect = suspect.id() == headId && suspect.hash().equals(headHash);
            return AuditVerdict.broken(headOnSuspect ? DELETED : INSERTED, sound, suspect.id(), lastId);
        }
        if (headId == null && lastId == null) {
            return AuditVerdict.intact(0, null, null);
        }
        if (headId != null && headId.equals(lastId) && lastHash.equals(headHash)) {
            return AuditVerdict.intact(sound, lastId, lastHash);
        }
        if (headId != null && (lastId == null || headId > lastId)) {
            return AuditVerdict.broken(TAIL_DELETED, sound, headId, lastId);
        }
        return AuditVerdict.broken(HEAD_MISMATCH, sound, lastId, beforeLastId);
    }

    private boolean fail(AuditFault fault, long id, Long previousId) {
        broken = AuditVerdict.broken(fault, sound, id, previousId);
        return false;
    }
}
