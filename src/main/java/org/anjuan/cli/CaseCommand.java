package org.anjuan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.anjuan.domain.ChineseDate;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CaseFlag;
import org.anjuan.domain.CheckSheet;
import org.anjuan.domain.ProgressListener;
import org.anjuan.domain.CaseSummary;
import org.anjuan.domain.IssuedNumber;
import org.anjuan.domain.Material;
import org.anjuan.domain.RedoneCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** case import | list | show | link: the case register from the command line. */
@Command(name = "case", description = "案件登记：导入、列出、查看案件，关联撤销后重新作出的案件。",
        mixinStandardHelpOptions = true,
        subcommands = {CaseCommand.Import.class, CaseCommand.ListCases.class, CaseCommand.Show.class,
            CaseCommand.Link.class, CaseCommand.Check.class})
final class CaseCommand {

    @Command(name = "import", description = "从案件文件夹（含 case.yaml）导入案件；再次导入同一文件夹会更新该案件。")
    static final class Import extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "CASE_DIR", description = "案件文件夹")
        Path dir;

        @Override
        public Integer call() {
            CaseFile c = context().cases().importFolder(dir);
            out().println(text("cli.case.imported", c.id(), c.title(), c.materials().size(), c.totalPages()));
            return 0;
        }
    }

    @Command(name = "link", description = {"第九条：已生效的行政执法行为被撤销并重新作出时，把新案件关联到原案；",
            "原案案卷和案卷序号保留不变（原案的序号不能再作废）。"})
    static final class Link extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "重新作出的新案件 ID")
        long id;

        @Option(names = "--redoes", required = true, paramLabel = "原案",
                description = "被撤销的原案：案件 ID 或其归档号（如 2023年厦国动罚字第01号）")
        String original;

        @Override
        public Integer call() {
            RedoneCase link = context().cases().linkRedone(id, original);
            out().println(text("cli.case.linked", link.redoneId(), link.redoneTitle(), link.originalId(),
                    link.originalTitle()));
            return 0;
        }
    }

    @Command(name = "check", description = {"装订前检查（案卷评查）：缺少的文书、未核对的复印件、重复或没有页号的材料、",
            "空白的立卷人、逾期归档；每项注明依据。可另存或打印装订前检查表。"})
    static final class Check extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "案件 ID（见 case list）")
        long id;

        @Option(names = "--out", paramLabel = "FILE.pdf", description = "把装订前检查表另存为 PDF 文件")
        Path pdf;

        @Option(names = "--printer", paramLabel = "打印机", arity = "0..1", fallbackValue = "",
                description = "把装订前检查表送到打印机；不写名称时用系统默认打印机")
        String printer;

        @Override
        public Integer call() {
            CheckSheet sheet = context().bind().check(id, ProgressListener.NONE);
            out().println(text("cli.case.check.head", id, sheet.caseTitle()));
            if (sheet.rows().isEmpty()) {
                out().println(text("check.none"));
            }
            for (CheckSheet.Row row : sheet.rows()) {
                out().println(text("cli.case.check.row", row.seq(), row.problem(), row.rule()));
            }
            if (pdf != null) {
                int pages = context().printCentre().save(sheet, pdf);
                out().println(text("cli.print.saved", text("check.sheet.title"), pdf.toString(), pages));
            }
            if (printer != null) {
                String name = printer.isBlank() ? null : printer;
                var route = context().printCentre().print(sheet, name, 1);
                out().println(text("cli.print.sent", text("check.sheet.title"),
                        name != null ? name : context().printCentre().defaultPrinter().orElse(""), 1, route.name()));
            }
            return sheet.rows().isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "list", description = "列出登记的案件（结案日期从新到旧）。")
    static final class ListCases extends Subcommand implements Callable<Integer> {

        @Option(names = "--search", paramLabel = "TEXT", description = "只列出包含该文字的案件")
        String search;

        @Override
        public Integer call() {
            List<CaseSummary> cases = context().cases().search(search);
            TextTable t = new TextTable("ID", text("cli.col.category"), text("cli.col.title"),
                    text("cli.col.closed"), text("cli.col.deadline"), text("cli.col.pages"), text("cli.col.number"));
            LocalDate today = LocalDate.now();
            for (CaseSummary s : cases) {
                String deadline = ChineseDate.day(s.filingDeadline())
                        + (s.isFilingOverdue(today) ? " " + text("cli.overdue") : "");
                t.row(s.id(), s.category().label(), s.title(), ChineseDate.day(s.closed()), deadline, s.totalPages(),
                        s.archiveNumbers());
            }
            out().print(t.render());
            out().println(text("cli.case.count", cases.size()));
            return 0;
        }
    }

    @Command(name = "show", description = "查看一个案件的详情和卷内材料顺序。")
    static final class Show extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "案件 ID（见 case list）")
        long id;

        @Override
        public Integer call() {
            CaseFile c = context().cases().get(id);
            out().println(text("cli.case.header", c.id(), c.title()));
            out().println(text("cli.case.category", c.category().label()));
            out().println(text("cli.case.parties", String.join("、", c.parties())));
            out().println(text("cli.case.handling", c.department(), c.officer()));
            out().println(text("cli.case.dates", ChineseDate.day(c.opened()), ChineseDate.day(c.closed()),
                    ChineseDate.day(c.filingDeadline())));
            if (!c.flags().isEmpty()) {
                out().println(text("cli.case.flags",
                        c.flags().stream().map(CaseFlag::label).collect(Collectors.joining("、"))));
            }
            if (c.secrecy().isSet() || c.secrecy().knowledgeScope() != null) {
                out().println(text("cli.case.secrecy", nz(c.secrecy().level()), nz(c.secrecy().term()),
                        nz(c.secrecy().knowledgeScope())));
            }
            for (RedoneCase link : context().cases().redoneLinks(id)) {
                out().println(link.redoneId() == id
                        ? text("cli.case.redoes", link.originalId(), link.originalTitle())
                        : text("cli.case.redoneBy", link.redoneId(), link.redoneTitle()));
            }
            List<IssuedNumber> numbers = context().numbers().forCase(id);
            for (IssuedNumber n : numbers) {
                out().println(text(n.voided() ? "cli.case.numberVoided" : "cli.case.number", n.volumeNo(), n.text()));
            }
            out().println();
            TextTable t = new TextTable(text("cli.col.seq"), text("cli.col.materialTitle"), text("cli.col.docNo"),
                    text("cli.col.author"), text("cli.col.date"), text("cli.col.pages"), text("cli.col.remarks"));
            int seq = 1;
            for (Material m : c.materials()) {
                t.row(seq++, m.title(), m.docNo(), m.author(), ChineseDate.day(m.date()), m.pages(), remarks(m));
            }
            out().print(t.render());
            out().println(text("cli.case.total", c.materials().size(), c.totalPages()));
            printStandardOrder(c);
            return 0;
        }

        /** Tells the clerk when the file departs from the category's standard order, and what that order is. */
        private void printStandardOrder(CaseFile c) {
            List<Material> standard = context().cases().standardOrder(c);
            if (standard.equals(c.materials())) {
                out().println(text("cli.case.orderOk", c.category().label()));
                return;
            }
            String seqs = standard.stream().map(m -> Integer.toString(c.materials().indexOf(m) + 1))
                    .collect(Collectors.joining(", "));
            out().println(text("cli.case.orderDiffers", c.category().label(), seqs));
        }

        private String remarks(Material m) {
            StringBuilder r = new StringBuilder(m.isPaperOnly() ? text("cli.remark.paper") : m.file());
            if (m.isUnverifiedCopy()) {
                r.append("；").append(text("cli.remark.unverifiedCopy"));
            } else if (m.isCopy()) {
                r.append("；").append(text("cli.remark.copy"));
            }
            if (m.secondary()) {
                r.append("；").append(text("cli.remark.secondary"));
            }
            return r.toString();
        }

        private static String nz(String s) {
            return s == null || s.isBlank() ? "—" : s;
        }
    }
}
