package org.anjuan.domain;

/**
 * The outcome of walking the audit chain: intact, with its length and last seal; or the first broken line,
 * what is wrong there, and the last sound line before it.
 *
 * @param entries    sound lines walked (all of them when intact)
 * @param entryId    intact: the last line (null when the log is empty); broken: the line at fault, or for
 *                   {@link AuditFault#TAIL_DELETED} the missing last line the head names
 * @param previousId the last sound line before the fault, null when there is none
 */
public record AuditVerdict(AuditFault fault, long entries, Long entryId, Long previousId, String lastHash) {

    public static AuditVerdict intact(long entries, Long lastId, String lastHash) {
        return new AuditVerdict(null, entries, lastId, null, lastHash);
    }

    public static AuditVerdict broken(AuditFault fault, long entries, long entryId, Long previousId) {
        return new AuditVerdict(fault, entries, entryId, previousId, null);
    }

    public boolean intact() {
        return fault == null;
    }
}
