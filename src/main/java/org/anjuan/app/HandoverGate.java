package org.anjuan.app;

import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.Handover;
import org.anjuan.domain.HandoverStatus;
import org.anjuan.store.HandoverRepository;

/**
 * With the setting handover.required on, only a file the archive room has accepted (第十三条: 验收合格后办理移交手续)
 * may be bound. Off by default, so importing and binding a case folder in one step keeps working.
 */
final class HandoverGate {

    private HandoverGate() {
    }

    /** @param caseId the case in the register, or null for a case folder not yet imported */
    static void check(HandoverRepository handovers, Long caseId, String title) {
        if (!handovers.required()) {
            return;
        }
        HandoverStatus status = caseId == null ? HandoverStatus.NOT_HANDED_OVER
                : Handover.statusOf(handovers.latest(caseId).orElse(null));
        if (status != HandoverStatus.ACCEPTED) {
            throw new AnjuanException("handover.bind.notAccepted", title, status.label());
        }
    }
}
