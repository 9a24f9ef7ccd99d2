package org.anjuan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rules of deciding a handover (第十三条): a file is accepted only when each defect found is either absent or
 * waived by the clerk with a note saying why it may pass (补正 done, folded, approved); a file is returned only
 * with the reasons, which go back to the officer who must put it right.
 */
public final class AcceptanceDecision {

    private AcceptanceDecision() {
    }

    /**
     * The findings with the clerk's waivers applied (number → note). Refuses an unknown number, a waiver without a
     * note, and an acceptance that leaves any finding open, naming the open ones.
     */
    public static List<Finding> accept(List<Finding> findings, Map<Integer, String> waivers) {
        for (Map.Entry<Integer, String> w : waivers.entrySet()) {
            if (w.getKey() < 1 || w.getKey() > findings.size()) {
                throw new AnjuanException("handover.waive.unknown", w.getKey(), findings.size());
            }
            if (w.getValue() == null || w.getValue().isBlank()) {
                throw new AnjuanException("handover.waive.noNote", w.getKey());
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            String note = waivers.get(f.no());
            out.add(note == null ? f : f.waived(note.strip()));
        }
        List<Finding> open = out.stream().filter(Finding::open).toList();
        if (!open.isEmpty()) {
            throw new AnjuanException("handover.accept.open", open.size(),
                    open.stream().map(f -> String.valueOf(f.no())).collect(Collectors.joining("、")));
        }
        return List.copyOf(out);
    }

    /** The reasons for a return, blanks dropped; refused when none is left. */
    public static List<String> reasons(List<String> given) {
        List<String> reasons = given == null ? List.of()
                : given.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
        if (reasons.isEmpty()) {
            throw new AnjuanException("handover.return.noReason");
        }
        return reasons;
    }
}
