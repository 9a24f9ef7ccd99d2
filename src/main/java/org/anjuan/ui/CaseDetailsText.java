package org.anjuan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CaseFlag;
import org.anjuan.domain.IssuedNumber;
import org.anjuan.domain.RetentionDecision;
import org.anjuan.domain.RetentionFinding;
import org.anjuan.domain.Secrecy;
import org.anjuan.i18n.Messages;

/** The lines of the details pane, in the user's language. Pure text: no toolkit, no database. */
final class CaseDetailsText {

    private final Messages messages;
    private final DateText dates;

    CaseDetailsText(Messages messages, DateText dates) {
        this.messages = messages;
        this.dates = dates;
    }

    String parties(CaseFile c) {
        return String.join("、", c.parties());
    }

    String handling(CaseFile c) {
        return messages.text("details.handling", orEmpty(c.department()), orEmpty(c.officer()));
    }

    /** Opening, closing and filing-deadline dates; overdue while the case has no valid archive number. */
    String dates(CaseDetails d, LocalDate today) {
        CaseFile c = d.file();
        boolean numbered = d.numbers().stream().anyMatch(n -> !n.voided());
        boolean overdue = !numbered && c.isFilingOverdue(today);
        return messages.text(overdue ? "details.dates.overdue" : "details.dates", dates.format(c.opened()),
                dates.format(c.closed()), dates.format(c.filingDeadline()));
    }

    String flags(CaseFile c) {
        if (c.flags().isEmpty()) {
            return messages.text("details.flags.none");
        }
        return String.join("、", c.flags().stream().map(CaseFlag::label).toList());
    }

    String secrecy(Secrecy s) {
        List<String> parts = new ArrayList<>();
        parts.add(s.isSet() ? messages.text("details.secrecy.level", s.level()) : messages.text("details.secrecy.none"));
        addIfSet(parts, "details.secrecy.term", s.term());
        addIfSet(parts, "details.secrecy.condition", s.declassifyCondition());
        addIfSet(parts, "details.secrecy.scope", s.knowledgeScope());
        return String.join(messages.text("materials.remark.separator"), parts);
    }

    /** The period, then one line per deciding article, then the articles it overrules, marked as such. */
    String retention(RetentionDecision d) {
        List<String> lines = new ArrayList<>();
        String proposed = d.proposal().period().label();
        lines.add(d.isOverride()
                ? messages.text("details.retention.chosen", d.period().label(), d.reason(), proposed)
                : messages.text("details.retention.proposed", proposed));
        for (RetentionFinding f : d.proposal().deciding()) {
            lines.add(finding("details.retention.deciding", f));
        }
        for (RetentionFinding f : d.proposal().overruled()) {
            lines.add(finding("details.retention.overruled", f));
        }
        return String.join("\n", lines);
    }

    String numbers(List<IssuedNumber> numbers) {
        if (numbers.isEmpty()) {
            return messages.text("details.numbers.none");
        }
        return String.join("\n", numbers.stream().map(n -> n.voided()
                ? messages.text("details.numbers.voided", n.text(), orEmpty(n.voidReason()))
                : n.text()).toList());
    }

    String materialSummary(CaseFile c) {
        return messages.text("materials.summary", c.materials().size(), c.totalPages());
    }

    private String finding(String key, RetentionFinding f) {
        return messages.text(key, f.article(), f.reason(), f.period().label());
    }

    private void addIfSet(List<String> parts, String key, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(messages.text(key, value));
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
