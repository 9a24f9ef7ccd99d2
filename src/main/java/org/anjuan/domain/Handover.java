package org.anjuan.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One round of handing a case's materials to the archive room (交接, 第四条) and the archive clerk's acceptance
 * check and decision (验收, 第十三条). A returned file may be handed over again: each round is kept.
 *
 * @param round     1 for the first handover of the case, 2 after a first return, ...
 * @param fromDept  移交部门 (the handling department)
 * @param fromPerson 移交人
 * @param receivedBy the archive clerk who received it (接收人)
 * @param materials what was handed over, with the page counts at that moment
 * @param findings  the last check's findings, with the clerk's waivers
 * @param decision  null while the check is pending
 * @param reasons   why the file was returned; empty unless returned
 */
public record Handover(Long id, long caseId, int round, String fromDept, String fromPerson, String receivedBy,
                       LocalDateTime receivedAt, List<HandedMaterial> materials, List<Finding> findings,
                       Decision decision, String decidedBy, LocalDateTime decidedAt, List<String> reasons) {

    /** The archive clerk's decision on a round. */
    public enum Decision { ACCEPTED, RETURNED }

    public Handover {
        Objects.requireNonNull(receivedAt, "receivedAt");
        materials = List.copyOf(materials);
        findings = List.copyOf(findings);
        reasons = List.copyOf(reasons);
    }

    public HandoverStatus status() {
        if (decision == null) {
            return HandoverStatus.PENDING;
        }
        return decision == Decision.ACCEPTED ? HandoverStatus.ACCEPTED : HandoverStatus.RETURNED;
    }

    /** The status of a case whose latest round is {@code latest} (null: never handed over). */
    public static HandoverStatus statusOf(Handover latest) {
        return latest == null ? HandoverStatus.NOT_HANDED_OVER : latest.status();
    }

    /** A new round may start only when there is none yet or the last was returned. */
    public static void checkCanReceive(Handover latest, String caseTitle) {
        HandoverStatus s = statusOf(latest);
        if (s == HandoverStatus.PENDING) {
            throw new AnjuanException("handover.receive.pending", caseTitle, latest.round());
        }
        if (s == HandoverStatus.ACCEPTED) {
            throw new AnjuanException("handover.receive.accepted", caseTitle);
        }
    }

    /** Checks, deciding, and waiving need a round that is waiting for its decision. */
    public static Handover pending(Handover latest, String caseTitle) {
        HandoverStatus s = statusOf(latest);
        if (s != HandoverStatus.PENDING) {
            throw new AnjuanException("handover.notPending", caseTitle, s.label());
        }
        return latest;
    }

    public int pages() {
        return materials.stream().mapToInt(HandedMaterial::pages).sum();
    }

    public List<Finding> openFindings() {
        return findings.stream().filter(Finding::open).toList();
    }
}
