package org.anjuan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.anjuan.domain.Addition;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ChineseDate;
import org.anjuan.domain.Correction;
import org.anjuan.domain.Supplement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** supplement add | correct | list: 增补 and 补正 of a bound case (第九条), noted on its 卷内备考表. */
@Command(name = "supplement", mixinStandardHelpOptions = true,
        description = "已装订归档案卷的补正与增补（第九条），记入卷内备考表。",
        subcommands = {SupplementCommand.Add.class, SupplementCommand.Correct.class, SupplementCommand.ListAll.class})
final class SupplementCommand extends Subcommand implements Callable<Integer> {

    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return 0;
    }

    @Command(name = "add", description = "增补材料：须经分管领导批准，附于最后一卷最后一页之后，页号接续编排。")
    static final class Add extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "CASE_ID", description = "案件 ID")
        long caseId;

        @Option(names = "--approver", paramLabel = "A", description = "批准人（分管领导）")
        String approver;

        @Option(names = "--approved-at", paramLabel = "T",
                description = "批准时间，如 2024-01-08 或 2024-01-08T09:30（默认现在）")
        String approvedAt;

        @Option(names = "--reason", paramLabel = "R", description = "增补理由")
        String reason;

        @Option(names = "--title", required = true, paramLabel = "T", description = "增补材料的题名")
        String title;

        @Option(names = "--pages", required = true, paramLabel = "N", description = "增补材料的页数")
        int pages;

        @Option(names = "--file", paramLabel = "SCAN.pdf", description = "增补材料的扫描件：盖上接续的页号，另存于案卷旁")
        Path file;

        @Override
        public Integer call() {
            Supplement s = context().supplements().add(caseId, new Addition(title, pages,
                    file == null ? null : file.toString(), approver, approvedAt(), reason));
            out().println(text("cli.supplement.added", s.archiveNumber(), title, s.pageRange(), approver));
            if (file != null) { // where its numbered copy went
                context().supplements().list(caseId).stream().filter(x -> x.id() == s.id()).findFirst()
                        .map(x -> x.addition().file()).ifPresent(f -> out().println(text("cli.supplement.scan", f)));
            }
            return 0;
        }

        private LocalDateTime approvedAt() {
            if (approvedAt == null || approvedAt.isBlank()) {
                return LocalDateTime.now();
            }
            try {
                String t = approvedAt.strip();
                return t.length() <= 10 ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t);
            } catch (java.time.format.DateTimeParseException e) {
                throw new AnjuanException("cli.supplement.badTime", approvedAt);
            }
        }
    }

    @Command(name = "correct", description = "补正：写明原来的错误或遗漏和补正情况，由经办人办理。")
    static final class Correct extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "CASE_ID", description = "案件 ID")
        long caseId;

        @Option(names = "--what", paramLabel = "W", description = "原来的错误或遗漏")
        String what;

        @Option(names = "--done", paramLabel = "D", description = "补正情况")
        String done;

        @Option(names = "--volume", paramLabel = "NUMBER", description = "记在哪一卷的备考表（案卷序号；默认第一卷）")
        String volume;

        @Override
        public Integer call() {
            Supplement s = context().supplements().correct(caseId, volume, new Correction(what, done));
            out().println(text("cli.supplement.corrected", s.archiveNumber()));
            return 0;
        }
    }

    @Command(name = "list", description = "列出案件的补正与增补记录。")
    static final class ListAll extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "CASE_ID", description = "案件 ID")
        long caseId;

        @Override
        public Integer call() {
            List<Supplement> all = context().supplements().list(caseId);
            TextTable t = new TextTable(text("cli.col.date"), text("cli.col.kind"), text("cli.col.number"),
                    text("cli.col.content"), text("cli.col.approver"));
            for (Supplement s : all) {
                String content = s.addition() == null
                        ? text("cli.supplement.correction", s.correction().wrong(), s.correction().done())
                        : text("cli.supplement.addition", s.addition().title(), s.addition().pages(), s.pageRange(),
                                s.addition().reason());
                String approver = s.addition() == null ? ""
                        : s.addition().approver() + " " + ChineseDate.time(s.addition().approvedAt());
                t.row(ChineseDate.time(s.recordedAt()) + " " + s.recordedBy(), s.kind().label(), s.archiveNumber(),
                        content, approver);
            }
            out().print(t.render());
            out().println(text("cli.supplement.count", all.size()));
            return 0;
        }
    }
}
