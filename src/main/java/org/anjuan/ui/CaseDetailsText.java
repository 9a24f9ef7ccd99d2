package org.anjuan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CaseFlag;
import org.anjuan.domain.FilingDeadline;
import org.anjuan.domain.IssuedNumber;
import org.anjuan.domain.RedoneCase;
import org.anjuan.domain.RetentionDecision;
import org.anjuan.domain.RetentionExpiry;
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

    /**
     * Opening, closing and filing-deadline dates (第四条); until the case is bound, the days left or the days it
     * is late.
     */
    String dates(CaseDetails d, LocalDate today) {
        CaseFile c = d.file();
        FilingDeadline deadline = c.deadline();
        String opened = dates.format(c.opened());
        String closed = dates.format(c.closed());
        String due = dates.format(deadline.date());
        if (d.bound()) {
            return messages.text("details.dates", opened, closed, due);
        }
        if (deadline.passed(today)) {
            return messages.text("details.dates.overdue", opened, closed, due, deadline.daysOverdue(today));
        }
        long left = deadline.daysLeft(today);
        return left == 0 ? messages.text("details.dates.dueToday", opened, closed, due)
                : messages.text("details.dates.pending", opened, closed, due, left);
    }

    /** 保管期限届满: the last day of a bound file's retention period, or 永久保存. */
    String expiry(CaseDetails d) {
        if (!d.bound()) {
            return messages.text("details.expiry.unbound");
        }
        RetentionExpiry e = new RetentionExpiry(d.archiveYear(), d.retention().period());
        return e.expiry().map(end -> messages.text("details.expiry.date", dates.format(end), dates.format(e.start()),
                e.period().label())).orElseGet(() -> messages.text("deadlines.permanent"));
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

    /** 第九条: the original this case makes anew, and the cases that make this one anew; one line each. */
    String links(CaseDetails d) {
        Long id = d.file().id();
        List<String> lines = d.links().stream().map((RedoneCase l) -> Objects.equals(l.redoneId(), id)
                ? messages.text("details.links.redoes", l.originalId(), l.originalTitle())
                : messages.text("details.links.redoneBy", l.redoneId(), l.redoneTitle())).toList();
        return lines.isEmpty() ? messages.text("details.links.none") : String.join("\n", lines);
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
