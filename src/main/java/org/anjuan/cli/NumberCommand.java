package org.anjuan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.anjuan.domain.ChineseDate;
import org.anjuan.app.ScanTools;
import org.anjuan.app.StampResult;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveNumber;
import org.anjuan.domain.IssuedNumber;
import org.anjuan.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * number IN.pdf OUT.pdf: stamps page numbers (第五条) onto a scan. number issue | void | list: archive
 * numbers (第九条). One word for both because a clerk says 编号 for either; picocli tries the subcommand
 * names first, so only a file literally called "issue", "void" or "list" would need a ./ in front.
 */
@Command(name = "number", mixinStandardHelpOptions = true,
        description = {"在扫描件上盖页号：number IN.pdf OUT.pdf（右上角，阿拉伯数字，从 1 起）。",
                "案卷序号：number issue | void | list。"},
        subcommands = {NumberCommand.Issue.class, NumberCommand.Void.class, NumberCommand.ListNumbers.class})
final class NumberCommand extends Subcommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "IN.pdf", description = "要盖页号的扫描件")
    Path input;

    @Parameters(index = "1", arity = "0..1", paramLabel = "OUT.pdf", description = "输出文件（不能是扫描件本身）")
    Path output;

    @Option(names = "--start", paramLabel = "N", defaultValue = "1", description = "第一个页号（默认 1）")
    int start;

    @Option(names = "--corner", paramLabel = "POS", defaultValue = "top-right",
            description = "页号位置：top-right（右上角，默认）或 bottom-right（右下角）")
    String corner;

    @Option(names = "--skip-blank", description = "空白页不编页号")
    boolean skipBlank;

    @Override
    public Integer call() {
        return stamp(tools(), messages(), out(), spec.commandLine().getErr(), input, output, start, corner,
                skipBlank);
    }

    /** Stamps {@code input} into {@code output} and reports it: the command, with or without picocli. */
    static int stamp(ScanTools tools, Messages messages, PrintWriter out, PrintWriter err, Path input,
                     Path output, int start, String corner, boolean skipBlank) {
        if (input == null || output == null) {
            throw new AnjuanException("cli.number.stamp.paths");
        }
        StampResult r = tools.stamp().number(input, output, start, CornerOption.parse(corner), skipBlank,
                new CliProgress(err, messages, "cli.number.stamp.progress"));
        if (r.first().isPresent()) {
            out.println(messages.text("cli.number.stamp.done", output.toString(), Integer.toString(r.pages()),
                    Integer.toString(r.first().getAsInt()), Integer.toString(r.last().getAsInt()),
                    Integer.toString(r.numbered())));
        } else {
            out.println(messages.text("cli.number.stamp.none", output.toString(), Integer.toString(r.pages())));
        }
        if (!r.blankPages().isEmpty()) {
            out.println(messages.text("cli.number.stamp.skipped",
                    r.blankPages().stream().map(String::valueOf).collect(Collectors.joining("、"))));
        }
        return 0;
    }

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
                        ? text("cli.number.statusVoided", ChineseDate.time(n.voidedAt()), n.voidReason())
                        : text("cli.number.statusValid");
                t.row(n.text(), owner, ChineseDate.time(n.issuedAt()) + " " + n.issuedBy(), status);
            }
            out().print(t.render());
            out().println(text("cli.number.count", all.size(), all.stream().filter(IssuedNumber::voided).count()));
            return 0;
        }
    }
}
