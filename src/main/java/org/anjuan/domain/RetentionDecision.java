package org.anjuan.domain;

/**
 * The period a file is kept for: the proposal, or the clerk's choice with the reason for it.
 *
 * @param reason null when the clerk accepted the proposal
 */
public record RetentionDecision(RetentionProposal proposal, RetentionPeriod period, String reason) {

    public boolean isOverride() {
        return period != proposal.period();
    }
}
