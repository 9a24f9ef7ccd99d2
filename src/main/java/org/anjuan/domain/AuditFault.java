package org.anjuan.domain;

/** What is wrong at the first broken place of the audit chain. */
public enum AuditFault {
    /** The line's content (or its seal) no longer gives the seal it was written with. */
    EDITED,
    /** The line has no seal: not written by Anjuan, or its seal was wiped. */
    UNSEALED,
    /** Lines before this one are missing: it names a previous seal that is not the line before it. */
    DELETED,
    /** The line was slipped in: the chain runs past it, or it lies beyond the chain's head. */
    INSERTED,
    /** The head names a last line that is no longer there: lines at the end were deleted. */
    TAIL_DELETED,
    /** The head and the last line disagree on the seal. */
    HEAD_MISMATCH
}
