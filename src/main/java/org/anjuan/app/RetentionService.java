package org.anjuan.app;

import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.LockedFile;
import org.anjuan.domain.RetentionDecision;
import org.anjuan.domain.RetentionPeriod;
import org.anjuan.domain.RetentionProposal;
import org.anjuan.domain.RetentionRule;
import org.anjuan.store.CaseRepository;
import org.anjuan.store.VolumeRepository;

/** The retention period of a case: the proposal from the rules, or the clerk's recorded choice. */
public final class RetentionService {

    private final CaseRepository cases;
    private final VolumeRepository volumes;
    private final RetentionRule rule = new RetentionRule();
    private final String clerk;

    public RetentionService(CaseRepository cases, VolumeRepository volumes, String clerk) {
        this.cases = cases;
        this.volumes = volumes;
        this.clerk = clerk;
    }

    public RetentionDecision retention(long caseId) {
        CaseFile c = cases.get(caseId);
        RetentionProposal proposal = rule.propose(c.category(), c.flags());
        return cases.retentionOverride(caseId)
                .map(o -> rule.decide(proposal, RetentionPeriod.valueOf(o[0]), o[1]))
                .orElseGet(() -> rule.decide(proposal, null, null));
    }

    /** Records the clerk's choice; choosing the proposed period again clears an earlier override. */
    public RetentionDecision choose(long caseId, String periodLabel, String reason) {
        RetentionPeriod period = RetentionPeriod.fromLabel(periodLabel)
                .orElseThrow(() -> new AnjuanException("retention.period.unknown", periodLabel));
        CaseFile c = cases.get(caseId);
        volumes.lockOf(caseId).check(LockedFile.Change.RETENTION); // printed on the cover, kept by the box
        RetentionDecision d = rule.decide(rule.propose(c.category(), c.flags()), period, reason);
        cases.setRetention(caseId, d.isOverride() ? d.period().name() : null, d.reason(), clerk);
        return d;
    }
}
