package org.anjuan.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.domain.CaseSummary;
import org.anjuan.domain.ChineseDate;
import org.anjuan.domain.ExpiringFile;
import org.anjuan.domain.OverdueCase;
import org.anjuan.domain.RetentionExpiry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * deadlines: closed cases past their filing deadline (第四条) and archived files whose retention period has
 * ended (到期鉴定). Without a choice it prints both lists.
 */
@Command(name = "deadlines", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"期限：超过归档期限（结案后 30 日，第四条）尚未装订的案件，以及保管期限届满、应予鉴定的案卷。",
                "保管期限自归档年度（案卷序号的年度，即结案年度）次年 1 月 1 日起算；永久保存的案卷不到期。",
                "不带选项时列出超期案件和到期鉴定案卷。"})
final class DeadlinesCommand extends Subcommand implements Callable<Integer> {

    @Option(names = "--overdue", description = "列出超过归档期限尚未装订的案件及超期天数")
    boolean overdue;

    @Option(names = "--appraisal", description = "列出保管期限届满、应予鉴定的案卷")
    boolean appraisal;

    @Option(names = "--expiries", description = "列出全部已归档案卷的保管期限起算日期和届满日期")
    boolean expiries;

    @Option(names = "--as-of", paramLabel = "DATE", description = "按该日期计算（如 2024-01-05），默认今天")
    String asOf;

    @Option(names = "--within", paramLabel = "DAYS", defaultValue = "0",
            description = "到期鉴定也列出截至日期后 DAYS 天内届满的案卷，默认 0")
    int within;

    @Override
    public Integer call() {
        LocalDate day = day();
        RetentionExpiry.checkDays(within);
        boolean all = !overdue && !appraisal && !expiries;
        if (overdue || all) {
            printOverdue(day);
        }
        if (appraisal || all) {
            if (overdue || all) {
                out().println();
            }
            printAppraisal(day);
        }
        if (expiries) {
            if (overdue || appraisal) {
                out().println();
            }
            printExpiries();
        }
        return 0;
    }

    private void printOverdue(LocalDate day) {
        List<OverdueCase> late = context().deadlines().overdue(day);
        if (late.isEmpty()) {
            out().println(text("cli.deadlines.overdue.none", ChineseDate.day(day)));
            return;
        }
        out().println(text("cli.deadlines.overdue.heading", ChineseDate.day(day)));
        TextTable t = new TextTable("ID", text("cli.col.category"), text("cli.col.title"), text("cli.col.department"),
                text("cli.col.closed"), text("cli.col.deadline"), text("cli.col.daysOverdue"));
        for (OverdueCase o : late) {
            CaseSummary s = o.summary();
            t.row(s.id(), s.category().label(), s.title(), s.department(), ChineseDate.day(s.closed()),
                    ChineseDate.day(o.deadline()), text("cli.deadlines.days", o.daysOverdue()));
        }
        out().print(t.render());
        out().println(text("cli.deadlines.overdue.count", late.size()));
    }

    private void printAppraisal(LocalDate day) {
        List<ExpiringFile> due = context().deadlines().dueForAppraisal(day, within);
        String when = within == 0 ? text("cli.deadlines.asOf", ChineseDate.day(day))
                : text("cli.deadlines.asOfWithin", ChineseDate.day(day), within, ChineseDate.day(day.plusDays(within)));
        if (due.isEmpty()) {
            out().println(text("cli.deadlines.appraisal.none", when));
            return;
        }
        out().println(text("cli.deadlines.appraisal.heading", when));
        TextTable t = expiryTable();
        due.forEach(f -> row(t, f));
        out().print(t.render());
        out().println(text("cli.deadlines.appraisal.count", due.size()));
    }

    private void printExpiries() {
        List<ExpiringFile> files = context().deadlines().expiries();
        out().println(text("cli.deadlines.expiries.heading"));
        TextTable t = expiryTable();
        files.forEach(f -> row(t, f));
        out().print(t.render());
        out().println(text("cli.deadlines.expiries.count", files.size(),
                files.stream().filter(f -> f.retention().permanent()).count()));
    }

    private TextTable expiryTable() {
        return new TextTable(text("cli.col.number"), text("cli.col.title"), text("cli.col.retention"),
                text("cli.col.archiveYear"), text("cli.col.retentionStart"), text("cli.col.expiry"),
                text("cli.col.box"));
    }

    private void row(TextTable t, ExpiringFile f) {
        BoxableVolume v = f.volume();
        t.row(v.archiveNumber(), v.caseTitle(), v.retention().label(), v.year(),
                ChineseDate.day(f.retention().start()),
                f.expiry().map(ChineseDate::day).orElseGet(() -> text("deadlines.permanent")),
                v.boxed() ? v.boxCode().text() : text("cli.box.unboxed"));
    }

    private LocalDate day() {
        if (asOf == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new AnjuanException("deadlines.asOf.invalid", asOf);
        }
    }
}
