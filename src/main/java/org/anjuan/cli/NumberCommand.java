package org.anjuan.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.anjuan.domain.ArchiveNumber;
import org.anjuan.domain.IssuedNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** number issue | void | list: archive numbers (第九条). */
@Command(name = "number", description = "案卷序号：取号、作废、列出。", mixinStandardHelpOptions = true,
        subcommands = {NumberCommand.Issue.class, NumberCommand.Void.class, NumberCommand.ListNumbers.class})
final class NumberCommand {

    @Command(name = "issue", description = "取一个案卷序号（按年度和类别字连续编号，不重复、不回收）。")
    static final class Issue extends Subcommand implements Callable<Integer> {

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "年度")
        int year;

        @Option(names = "--category", required = true, paramLabel = "C",
                description = "执法类别（如 行政检查）或类别字（如 检）")
        String category;

        @Override
        public Integer call() {
            ArchiveNumber n = context().numbers().issue(year, category);
            out().println(n.text());
            return 0;
        }
    }

    @Command(name = "void", description = "作废一个误取的案卷序号；作废后仍保留在登记中，且不再使用。")
    static final class Void extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "NUMBER", description = "案卷序号，如 2023年厦国动罚字第01号")
        String number;

        @Option(names = "--reason", required = true, paramLabel = "R", description = "作废原因")
        String reason;

        @Override
        public Integer call() {
            IssuedNumber n = context().numbers().voidNumber(number, reason);
            out().println(text("cli.number.voided", n.text(), n.voidReason()));
            return 0;
        }
    }

    @Command(name = "list", description = "列出所有案卷序号，包括已作废的。")
    static final class ListNumbers extends Subcommand implements Callable<Integer> {

        @Override
        public Integer call() {
            List<IssuedNumber> all = context().numbers().all();
            TextTable t = new TextTable(text("cli.col.number"), text("cli.col.case"), text("cli.col.issued"),
                    text("cli.col.status"));
            for (IssuedNumber n : all) {
                String owner = n.caseId() == null ? "" : text("cli.number.owner", n.caseId(), n.volumeNo());
                String status = n.voided()
                        ? text("cli.number.statusVoided", Dates.time(n.voidedAt()), n.voidReason())
                        : text("cli.number.statusValid");
                t.row(n.text(), owner, Dates.time(n.issuedAt()) + " " + n.issuedBy(), status);
            }
            out().print(t.render());
            out().println(text("cli.number.count", all.size(), all.stream().filter(IssuedNumber::voided).count()));
            return 0;
        }
    }
}
