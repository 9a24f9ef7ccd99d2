package org.anjuan.app;

import java.util.List;
import org.anjuan.domain.AcceptanceSheet;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.ChineseDate;
import org.anjuan.domain.Finding;
import org.anjuan.domain.Handover;
import org.anjuan.i18n.Messages;

/** Puts a handover round into the words of its printed 移交验收单: findings with their settling, the decision. */
final class AcceptanceSheets {

    private final Messages messages;

    AcceptanceSheets(Messages messages) {
        this.messages = messages;
    }

    AcceptanceSheet of(String fonds, CaseFile c, Handover h) {
        List<String> findings = h.findings().isEmpty() ? List.of(messages.text("handover.sheet.noFindings"))
                : h.findings().stream().map(this::line).toList();
        return new AcceptanceSheet(fonds, c.title(), h.fromDept(), h.fromPerson(), h.receivedBy(),
                ChineseDate.day(h.receivedAt().toLocalDate()), h.round(), h.materials(), findings, decision(h));
    }

    String line(Finding f) {
        return f.open() ? messages.text("handover.sheet.finding", f.no(), f.text())
                : messages.text("handover.sheet.findingWaived", f.no(), f.text(), f.waiver());
    }

    String decision(Handover h) {
        if (h.decision() == null) {
            return messages.text("handover.sheet.pending");
        }
        String day = ChineseDate.day(h.decidedAt().toLocalDate());
        return h.decision() == Handover.Decision.ACCEPTED
                ? messages.text("handover.sheet.accepted", day, h.decidedBy())
                : messages.text("handover.sheet.returned", day, h.decidedBy(), String.join("；", h.reasons()));
    }
}
