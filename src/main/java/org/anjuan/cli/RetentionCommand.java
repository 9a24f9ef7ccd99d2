package org.anjuan.cli;

import java.util.concurrent.Callable;
import org.anjuan.domain.RetentionDecision;
import org.anjuan.domain.RetentionFinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** retention CASE_ID: the proposed period with the articles that decide it; --set records the clerk's choice. */
@Command(name = "retention", mixinStandardHelpOptions = true,
        description = "显示案件的建议保管期限及其依据条款；可用 --set 和 --reason 另行确定。")
final class RetentionCommand extends Subcommand implements Callable<Integer> {

    @Parameters(paramLabel = "CASE_ID", description = "案件 ID")
    long caseId;

    @Option(names = "--set", paramLabel = "PERIOD", description = "另行确定的保管期限：永久、30年 或 10年")
    String period;

    @Option(names = "--reason", paramLabel = "R", description = "另行确定的理由（与建议不同时必填）")
    String reason;

    @Override
    public Integer call() {
        RetentionDecision d = period == null ? context().retention().retention(caseId)
                : context().retention().choose(caseId, period, reason);
        out().println(text("cli.retention.proposed", d.proposal().period().label()));
        for (RetentionFinding f : d.proposal().deciding()) {
            out().println(text("cli.retention.deciding", f.article(), f.reason(), f.period().label()));
        }
        for (RetentionFinding f : d.proposal().overruled()) {
            out().println(text("cli.retention.overruled", f.article(), f.reason(), f.period().label()));
        }
        if (d.proposal().hasConflict()) {
            out().println(text("cli.retention.conflict", d.proposal().period().label()));
        }
        if (d.isOverride()) {
            out().println(text("cli.retention.chosen", d.period().label(), d.reason()));
        }
        return 0;
    }
}
