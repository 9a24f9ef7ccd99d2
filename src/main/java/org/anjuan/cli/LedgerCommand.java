package org.anjuan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anjuan.app.LedgerRequest;
import org.anjuan.app.LedgerService;
import org.anjuan.app.PrintRoute;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ChineseDate;
import org.anjuan.domain.CopyRequest;
import org.anjuan.domain.LawyerCredentials;
import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerFile;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerRefusal;
import org.anjuan.domain.LoanPeriods;
import org.anjuan.domain.Visitor;
import org.anjuan.domain.VisitorCategory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ledger …: the lending and consultation register (档案借阅、查阅登记, 第十八条、第十九条). */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = {"档案借阅、查阅登记（第十八条、第十九条）：登记、审批、律师证件查验、知悉范围确认、签字交付、扫码归还、"
                + "逾期、查询、导出 Excel、打印登记簿。",
                "ledger list [--overdue] [--person X] [--file 档号] [--from 日期] [--to 日期]；"
                        + "ledger export --out FILE.xlsx；ledger print --kind 借阅|查阅 --out FILE.pdf"},
        subcommands = {LedgerCommand.ListEntries.class, LedgerCommand.Show.class, LedgerCommand.Export.class,
                LedgerCommand.Print.class, LedgerCommand.Register.class, LedgerCommand.Approve.class,
                LedgerCommand.ApproveCopy.class, LedgerCommand.Credentials.class, LedgerCommand.Scope.class,
                LedgerCommand.Sign.class, LedgerCommand.Return.class, LedgerCommand.LoanDays.class})
final class LedgerCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出登记（可按人、档号、日期筛选；--overdue 只列逾期未还的）。")
    static final class ListEntries extends Subcommand implements Callable<Integer> {

        @Mixin
        LedgerFilters filters;

        @Override
        public Integer call() {
            LedgerService ledger = context().ledger();
            List<LedgerEntry> found = ledger.search(filters.query());
            TextTable table = new TextTable(text("ledger.cli.col.id"), text("ledger.cli.col.seq"),
                    text("ledger.cli.col.kind"), text("ledger.cli.col.registered"), text("ledger.cli.col.name"),
                    text("ledger.cli.col.category"), text("ledger.cli.col.files"), text("ledger.cli.col.status"),
                    text("ledger.cli.col.due"));
            int overdue = 0;
            for (LedgerEntry e : found) {
                long late = ledger.daysOverdue(e);
                boolean isLate = e.open() && late > 0;
                overdue += isLate ? 1 : 0;
                table.row(e.id(), e.seq(), e.kind().label(), ChineseDate.time(e.registeredAt()), e.visitor().name(),
                        e.visitor().category().label(), files(e), e.status().label()
                                + (isLate ? text("ledger.cli.overdueDays", late) : ""), ChineseDate.day(e.dueDate()));
            }
            out().print(table.render());
            out().println(text("ledger.cli.count", found.size(), overdue));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "显示一条登记的全部内容，以及签字前尚缺什么。")
    static final class Show extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "登记编号（ledger list 的第一列）")
        long id;

        @Override
        public Integer call() {
            LedgerEntry e = context().ledger().get(id);
            show(this, e);
            if (!e.signed()) {
                blockers(this, context().ledger().blockers(id));
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "把登记导出为 Excel 工作簿（.xlsx），每卷一行。")
    static final class Export extends Subcommand implements Callable<Integer> {

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "要写的 .xlsx 文件")
        Path out;

        @Mixin
        LedgerFilters filters;

        @Override
        public Integer call() {
            if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                throw new AnjuanException("ledger.cli.export.xlsx", out.toString());
            }
            int rows = context().ledger().export(filters.query(), out);
            out().println(text("ledger.cli.exported", rows, out.toString()));
            return 0;
        }
    }

    @Command(name = "print", mixinStandardHelpOptions = true,
            description = "按纸质登记簿的格式打印借阅或查阅登记（含来访人签字），或另存为 PDF。")
    static final class Print extends Subcommand implements Callable<Integer> {

        @Option(names = "--register", paramLabel = "借阅|查阅", defaultValue = "查阅",
                description = "哪一本登记簿：查阅（档案查阅登记簿，默认）或借阅（档案借阅登记簿）")
        String register;

        @Mixin
        PrintDestination to;

        @Mixin
        LedgerFilters filters;

        @Override
        public Integer call() {
            LedgerKind kind = LedgerKind.fromLabel(register)
                    .orElseThrow(() -> new AnjuanException("ledger.cli.kind.unknown", register));
            to.checkOne();
            String title = text(kind == LedgerKind.LENDING ? "ledger.cli.lendingBook" : "ledger.cli.consultationBook");
            if (to.toFile()) {
                int pages = context().ledger().savePrint(kind, filters.query(), to.out);
                out().println(text("cli.print.saved", title, to.out.toString(), pages));
            } else {
                String name = to.printerName();
                PrintRoute route = context().printing().print(context().ledger().print(kind, filters.query()), name,
                        title, to.copies);
                out().println(text("cli.print.sent", title,
                        name != null ? name : context().printing().defaultPrinter().orElse(""), to.copies,
                        route.name()));
            }
            return 0;
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"登记一次查阅（默认）或借阅：来访人、证件、案卷（档号，可重复）、事由，以及要摘抄复制的页和用途。",
                    "借阅只限内部工作人员（第十九条）；其他人员经批准后在档案室内查阅。"})
    static final class Register extends Subcommand implements Callable<Integer> {

        @Option(names = "--kind", paramLabel = "查阅|借阅", defaultValue = "查阅", description = "查阅（默认，在档案室内）或借阅（带出）")
        String kind;

        @Option(names = "--name", required = true, paramLabel = "姓名", description = "来访人姓名")
        String name;

        @Option(names = "--unit", paramLabel = "单位", description = "单位（部门）")
        String unit;

        @Option(names = "--category", required = true, paramLabel = "类别",
                description = "内部工作人员、当事人、其他机关、律师或其他")
        String category;

        @Option(names = "--id-type", paramLabel = "证件", description = "证件类型，如 身份证、工作证、律师执业证")
        String idType;

        @Option(names = "--id-number", paramLabel = "号码", description = "证件号码")
        String idNumber;

        @Option(names = "--phone", paramLabel = "电话", description = "联系电话")
        String phone;

        @Option(names = "--file", required = true, paramLabel = "档号", description = "案卷的归档号（封面二维码的内容）；可重复")
        List<String> files = new ArrayList<>();

        @Option(names = "--purpose", required = true, paramLabel = "事由", description = "借阅事由或利用目的")
        String purpose;

        @Option(names = "--copy-pages", paramLabel = "页", description = "要摘抄或复制的页，如 第3-7页")
        String copyPages;

        @Option(names = "--copy-purpose", paramLabel = "用途", description = "摘抄、复制的用途（须写明）")
        String copyPurpose;

        @Option(names = "--remarks", paramLabel = "备注", description = "备注")
        String remarks;

        @Override
        public Integer call() {
            LedgerKind k = LedgerKind.fromLabel(kind).orElseThrow(() -> new AnjuanException("ledger.cli.kind.unknown", kind));
            VisitorCategory c = VisitorCategory.fromLabel(category).orElseThrow(
                    () -> new AnjuanException("ledger.cli.category.unknown", category, VisitorCategory.allLabels()));
            CopyRequest copy = copyPages == null && copyPurpose == null ? null : new CopyRequest(copyPages, copyPurpose);
            LedgerEntry e = context().ledger().register(new LedgerRequest(k, new Visitor(name, unit, c, idType,
                    idNumber, phone), files, purpose, copy, remarks));
            out().println(text("ledger.cli.registered", e.id(), e.kind().label(), e.seq(), e.visitor().name()));
            blockers(this, context().ledger().blockers(e.id()));
            return 0;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "记录领导的审批（审批人，时间为现在）。")
    static final class Approve extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "登记编号")
        long id;

        @Option(names = "--by", required = true, paramLabel = "审批人", description = "审批的领导")
        String by;

        @Override
        public Integer call() {
            LedgerEntry e = context().ledger().approve(id, by);
            out().println(text("ledger.cli.approved", e.id(), e.approval().by(), ChineseDate.time(e.approval().at())));
            blockers(this, context().ledger().blockers(id));
            return 0;
        }
    }

    @Command(name = "approve-copy", mixinStandardHelpOptions = true, description = "记录档案室负责人对摘抄、复制的批准。")
    static final class ApproveCopy extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "登记编号")
        long id;

        @Option(names = "--by", required = true, paramLabel = "负责人", description = "批准摘抄、复制的档案室负责人")
        String by;

        @Override
        public Integer call() {
            LedgerEntry e = context().ledger().approveCopy(id, by);
            out().println(text("ledger.cli.copyApproved", e.id(), e.copyApproval().by()));
            blockers(this, context().ledger().blockers(id));
            return 0;
        }
    }

    @Command(name = "credentials", mixinStandardHelpOptions = true, description = "记录律师出示并经查验的证件（未写的记为未查验）。")
    static final class Credentials extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "登记编号")
        long id;

        @Option(names = "--authorisation", description = "已查验授权委托书")
        boolean authorisation;

        @Option(names = "--firm-letter", description = "已查验律师事务所函")
        boolean firmLetter;

        @Option(names = "--licence", description = "已查验律师执业证")
        boolean licence;

        @Override
        public Integer call() {
            LedgerEntry e = context().ledger().recordCredentials(id,
                    new LawyerCredentials(authorisation, firmLetter, licence));
            List<String> missing = e.credentials().missing();
            out().println(missing.isEmpty() ? text("ledger.cli.credentials.all", e.id())
                    : text("ledger.cli.credentials.missing", e.id(), String.join("、", missing)));
            return 0;
        }
    }

    @Command(name = "scope", mixinStandardHelpOptions = true, description = "记录来访人在副卷或涉密案卷的知悉范围之内：谁确认、依据什么。")
    static final class Scope extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "登记编号")
        long id;

        @Option(names = "--by", required = true, paramLabel = "确认人", description = "确认的领导")
        String by;

        @Option(names = "--basis", required = true, paramLabel = "依据", description = "依据，如 本案承办人、上级机关执法监督")
        String basis;

        @Override
        public Integer call() {
            LedgerEntry e = context().ledger().grantScope(id, by, basis);
            out().println(text("ledger.cli.scoped", e.id(), e.scope().confirmedBy(), e.scope().basis()));
            return 0;
        }
    }

    @Command(name = "sign", mixinStandardHelpOptions = true,
            description = "来访人签字（PNG 图片）并交付案卷；签字后登记内容和签字都不能再改。")
    static final class Sign extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "登记编号")
        long id;

        @Option(names = "--signature", required = true, paramLabel = "FILE.png", description = "来访人签字的 PNG 图片")
        Path signature;

        @Override
        public Integer call() {
            byte[] png;
            try {
                png = Files.readAllBytes(signature);
            } catch (IOException e) {
                throw new AnjuanException(e, "ledger.cli.signature.unreadable", signature.toString());
            }
            LedgerEntry e = context().ledger().sign(id, png);
            out().println(text("ledger.cli.signed", e.id(), files(e), ChineseDate.day(e.dueDate())));
            return 0;
        }
    }

    @Command(name = "return", mixinStandardHelpOptions = true,
            description = "扫描（或输入）案卷封面的档号归还；核对页数，不符时须写明情况。")
    static final class Return extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "档号", description = "扫码枪读出的文字或手输的归档号")
        String scanned;

        @Option(names = "--pages", required = true, paramLabel = "N", description = "当面清点的页数")
        int pages;

        @Option(names = "--condition", paramLabel = "情况", description = "页数不符或有损坏时写明情况（默认“完好”）")
        String condition;

        @Override
        public Integer call() {
            LedgerEntry e = context().ledger().returnByScan(scanned, pages, condition);
            out().println(text("ledger.cli.returned", scanned.strip(), e.id(), e.visitor().name(), e.status().label()));
            return 0;
        }
    }

    @Command(name = "loan-days", mixinStandardHelpOptions = true,
            description = "查看或修改各类人员的借阅期限（天；0 为当天归还）。查阅一律当天归还。")
    static final class LoanDays extends Subcommand implements Callable<Integer> {

        @Option(names = "--set", paramLabel = "类别=天数", description = "如 内部工作人员=30；可重复")
        Map<String, Integer> set = new LinkedHashMap<>();

        @Override
        public Integer call() {
            LoanPeriods p = context().ledger().loanPeriods();
            for (Map.Entry<String, Integer> s : set.entrySet()) {
                VisitorCategory c = VisitorCategory.fromLabel(s.getKey()).orElseThrow(() -> new AnjuanException(
                        "ledger.cli.category.unknown", s.getKey(), VisitorCategory.allLabels()));
                p = context().ledger().changeLoanDays(c, s.getValue());
            }
            for (VisitorCategory c : VisitorCategory.values()) {
                out().println(text("ledger.cli.loanDays", c.label(), p.daysFor(c)));
            }
            return 0;
        }
    }

    private static String files(LedgerEntry e) {
        return String.join("、", e.files().stream().map(LedgerFile::archiveNumber).toList());
    }

    private static void blockers(Subcommand c, List<LedgerRefusal> found) {
        if (found.isEmpty()) {
            c.out().println(c.text("ledger.cli.ready"));
            return;
        }
        c.out().println(c.text("ledger.cli.blockers"));
        for (LedgerRefusal r : found) {
            c.out().println("  - " + c.text(r.key(), r.args().toArray()));
        }
    }

    private static void show(Subcommand c, LedgerEntry e) {
        Visitor v = e.visitor();
        c.out().println(c.text("ledger.cli.show.head", e.id(), e.kind().label(), e.seq(), ChineseDate.time(e.registeredAt()),
                e.status().label()));
        c.out().println(c.text("ledger.cli.show.visitor", v.name(), v.category().label(), v.unit() == null ? "" : v.unit(),
                v.idDocument(), v.phone() == null ? "" : v.phone()));
        c.out().println(c.text("ledger.cli.show.purpose", e.purpose()));
        for (LedgerFile f : e.files()) {
            c.out().println(c.text("ledger.cli.show.file", f.archiveNumber(), f.volume().title(), f.volume().pages(),
                    f.returned() ? c.text("ledger.cli.show.back", ChineseDate.time(f.returnedAt()), f.pagesCounted(),
                            f.condition()) : ""));
        }
        if (e.copy() != null) {
            c.out().println(c.text("ledger.cli.show.copy", e.copy().text(),
                    e.copyApproval() == null ? "" : e.copyApproval().by()));
        }
        c.out().println(c.text("ledger.cli.show.approval", e.approval() == null ? "" : e.approval().by()
                + " " + ChineseDate.time(e.approval().at())));
        if (e.signed()) {
            c.out().println(c.text("ledger.cli.show.signed", ChineseDate.time(e.signature().at()),
                    ChineseDate.day(e.dueDate())));
        }
    }
}
