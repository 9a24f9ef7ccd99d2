package org.anjuan.domain;

/**
 * 第九条: a decision that had taken effect was revoked and made anew; the new case is filed on its own and linked
 * to the original, whose file and archive number stay as they were.
 *
 * @param originalId the revoked case, kept as archived
 * @param redoneId   the case made anew (另案实施)
 */
public record RedoneCase(long originalId, String originalTitle, long redoneId, String redoneTitle) {

    /** Refuses linking a case to itself; the other refusals need the register. */
    public RedoneCase {
        if (originalId == redoneId) {
            throw new AnjuanException("case.redo.self", originalId);
        }
    }
}
