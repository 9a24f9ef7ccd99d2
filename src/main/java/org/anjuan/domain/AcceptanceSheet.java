package org.anjuan.domain;

import java.util.List;

/**
 * The 移交验收单 of one handover round, as printed: what was handed over (材料 and 页数), what the check found and how
 * each finding was settled, the decision, and lines for 移交人, 接收人 and the date to sign by hand.
 *
 * @param findings one line per finding, with the waiver note when waived; empty when nothing was found
 * @param decision the decision in words (接收 / 退回 with the reasons / 待验收)
 */
public record AcceptanceSheet(String fonds, String caseTitle, String department, String fromPerson,
                              String receiver, String receivedOn, int round, List<HandedMaterial> materials,
                              List<String> findings, String decision) {

    public AcceptanceSheet {
        materials = List.copyOf(materials);
        findings = List.copyOf(findings);
    }

    public int pages() {
        return materials.stream().mapToInt(HandedMaterial::pages).sum();
    }
}
