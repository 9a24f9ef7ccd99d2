package org.anjuan.cli;

import org.anjuan.domain.Finding;
import org.anjuan.domain.Handover;

/** The acceptance check's findings as the command line prints them: a numbered table and the counts. */
final class HandoverText {

    private HandoverText() {
    }

    static void findings(Subcommand command, Handover h) {
        if (h.findings().isEmpty()) {
            command.out().println(command.text("cli.handover.noFindings", h.round()));
            return;
        }
        TextTable t = new TextTable(command.text("cli.col.findingNo"), command.text("cli.col.seq"),
                command.text("cli.col.finding"), command.text("cli.col.waiver"));
        for (Finding f : h.findings()) {
            t.row(f.no(), f.seq() == 0 ? "" : f.seq(), f.text(), f.open() ? "" : f.waiver());
        }
        command.out().print(t.render());
        command.out().println(command.text("cli.handover.findingCount", h.round(), h.findings().size(),
                h.openFindings().size()));
    }

    static String line(Subcommand command, Finding f) {
        return f.open() ? command.text("cli.handover.finding", f.no(), f.text())
                : command.text("cli.handover.findingWaived", f.no(), f.text(), f.waiver());
    }
}
