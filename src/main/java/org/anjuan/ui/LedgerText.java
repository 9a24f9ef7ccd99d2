package org.anjuan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.ChineseDate;
import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerFile;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerRefusal;
import org.anjuan.domain.LedgerVolume;
import org.anjuan.domain.VisitorCategory;
import org.anjuan.i18n.Messages;

/** How the window and the visitor's screen word an entry: its lines, its status, what still stops it. */
final class LedgerText {

    private final Messages messages;

    LedgerText(Messages messages) {
        this.messages = messages;
    }

    /** 待审批签字, 未归还, 已归还 — or 逾期 3 天 for an entry out past its due date. */
    String status(LedgerEntryRow row) {
        return row.overdue() ? messages.text("ledger.ui.status.overdue", row.daysOverdue())
                : row.entry().status().label();
    }

    /** A volume as the clerk and the visitor read it: number, volume, title and pages. */
    String volume(LedgerVolume v) {
        String vol = v.volumeText().isEmpty() ? "" : " " + v.volumeText();
        String restricted = v.restricted() ? messages.text("ledger.ui.volume.restricted", v.restriction()) : "";
        return messages.text("ledger.ui.volume", v.archiveNumber(), vol, v.title(), v.pages()) + restricted;
    }

    /** A volume of an entry, with its return once it is back. */
    String file(LedgerFile f) {
        String text = volume(f.volume());
        if (!f.returned()) {
            return text;
        }
        return text + messages.text("ledger.ui.file.returned", ChineseDate.time(f.returnedAt()), f.pagesCounted(),
                f.condition());
    }

    /** The refusal in the clerk's words. */
    String refusal(LedgerRefusal r) {
        return messages.text(r.key(), r.args().toArray());
    }

    /** The entry's details for the clerk, one named line each. */
    List<SigningSheet.Line> details(LedgerEntry e) {
        List<SigningSheet.Line> lines = new ArrayList<>();
        add(lines, "ledger.ui.field.entry", messages.text("ledger.ui.entry.number", e.kind().label(), e.seq(),
                ChineseDate.time(e.registeredAt())));
        visitor(lines, e);
        add(lines, "ledger.ui.field.purpose", e.purpose());
        add(lines, "ledger.ui.field.copy", e.copy() == null ? null : e.copy().text());
        add(lines, "ledger.ui.field.approval", e.approval() == null ? null
                : messages.text("ledger.ui.approved", e.approval().by(), ChineseDate.time(e.approval().at())));
        add(lines, "ledger.ui.field.copyApproval", e.copyApproval() == null ? null
                : messages.text("ledger.ui.approved", e.copyApproval().by(), ChineseDate.time(e.copyApproval().at())));
        if (e.visitor().category() == VisitorCategory.LAWYER) {
            add(lines, "ledger.ui.field.credentials", e.credentials().complete()
                    ? messages.text("ledger.ui.credentials.complete")
                    : messages.text("ledger.ui.credentials.missing", String.join("、", e.credentials().missing())));
        }
        add(lines, "ledger.ui.field.scope", e.scope() == null ? null
                : e.scope().confirmedBy() + "：" + e.scope().basis());
        add(lines, "ledger.ui.field.signed", e.signed() ? ChineseDate.time(e.signature().at()) : null);
        add(lines, "ledger.ui.field.due", ChineseDate.day(e.dueDate()));
        add(lines, "ledger.ui.field.clerk", e.clerk());
        add(lines, "ledger.ui.field.remarks", e.remarks());
        return lines;
    }

    /** What the visitor reads before signing: who, which files, what for, what is copied, when it is due back. */
    SigningSheet signingSheet(LedgerEntry e, LocalDate due) {
        List<SigningSheet.Line> lines = new ArrayList<>();
        visitor(lines, e);
        List<String> files = e.files().stream().map(f -> volume(f.volume())).toList();
        add(lines, "ledger.ui.field.files", String.join("\n", files));
        add(lines, "ledger.ui.field.purpose", e.purpose());
        add(lines, "ledger.ui.field.copy", e.copy() == null ? null : e.copy().text());
        add(lines, "ledger.ui.field.due", e.kind() == LedgerKind.CONSULTATION
                ? messages.text("ledger.ui.due.sameDay", ChineseDate.day(due)) : ChineseDate.day(due));
        String heading = messages.text(e.kind() == LedgerKind.LENDING ? "ledger.ui.visitor.heading.lending"
                : "ledger.ui.visitor.heading.consultation");
        String declaration = messages.text(e.kind() == LedgerKind.LENDING ? "ledger.ui.visitor.declaration.lending"
                : "ledger.ui.visitor.declaration.consultation");
        return new SigningSheet(heading, lines, declaration);
    }

    private void visitor(List<SigningSheet.Line> lines, LedgerEntry e) {
        add(lines, "ledger.ui.field.person", e.visitor().name() + "（" + e.visitor().category().label() + "）");
        add(lines, "ledger.ui.field.unit", e.visitor().unit());
        add(lines, "ledger.ui.field.id", e.visitor().idDocument());
        add(lines, "ledger.ui.field.phone", e.visitor().phone());
    }

    private void add(List<SigningSheet.Line> lines, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(new SigningSheet.Line(messages.text(key), value));
        }
    }
}
