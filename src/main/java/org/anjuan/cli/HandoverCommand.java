package org.anjuan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anjuan.domain.ChineseDate;
import org.anjuan.domain.Finding;
import org.anjuan.domain.Handover;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** handover receive | check | accept | return | show | print | require: 交接与验收 (第四条, 第十三条). */
@Command(name = "handover", mixinStandardHelpOptions = true,
        description = {"移交与验收：承办部门向档案室移交案件材料，档案员验收后接收，或写明理由退回承办人重新整理（第四条、第十三条）。",
                "每次移交都留有记录；退回的案件可以再次移交。"},
        subcommands = {HandoverCommand.Receive.class, HandoverCommand.Check.class, HandoverCommand.Accept.class,
                HandoverCommand.Return.class, HandoverCommand.Show.class, HandoverCommand.Print.class,
                HandoverCommand.Require.class})
final class HandoverCommand {

    @Command(name = "receive", mixinStandardHelpOptions = true, description = "登记一次移交：谁（部门、移交人）交来了本案的哪些材料、多少页。")
    static final class Receive extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "案件 ID")
        long id;

        @Option(names = "--from-department", required = true, paramLabel = "D", description = "移交部门（承办部门）")
        String department;

        @Option(names = "--from-person", required = true, paramLabel = "P", description = "移交人")
        String person;

        @Override
        public Integer call() {
            Handover h = context().handovers().receive(id, department, person);
            out().println(text("cli.handover.received", h.caseId(), h.round(), h.fromDept(), h.fromPerson(),
                    h.materials().size(), h.pages(), h.receivedBy()));
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = {"验收检查：列出复印件未核对、非A4页、材料与目录不符、重复材料等问题，编号供放行时引用。",
            "--item 记下检查纸质案卷时发现的其他问题（可写多次）。"})
    static final class Check extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "案件 ID")
        long id;

        @Option(names = "--item", paramLabel = "TEXT", description = "档案员发现的其他问题，如 缺少送达回证")
        List<String> items = new ArrayList<>();

        @Override
        public Integer call() {
            Handover h = context().handovers().check(id, items);
            HandoverText.findings(this, h);
            return 0;
        }
    }

    /** One finding let through: its number in the check and the clerk's note. */
    static final class Waiver {
        @Option(names = "--waive", required = true, paramLabel = "N", description = "放行的问题编号（见 handover check）")
        int number;

        @Option(names = "--note", required = true, paramLabel = "TEXT", description = "放行说明，如 已折叠成A4")
        String note;
    }

    @Command(name = "accept", mixinStandardHelpOptions = true, description = {"验收合格，接收案卷。",
            "仍有问题时须逐项放行：--waive N --note 说明（可写多组）。"})
    static final class Accept extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "案件 ID")
        long id;

        @ArgGroup(exclusive = false, multiplicity = "0..*")
        List<Waiver> waivers = new ArrayList<>();

        @Override
        public Integer call() {
            Map<Integer, String> notes = new LinkedHashMap<>();
            waivers.forEach(w -> notes.put(w.number, w.note));
            Handover h = context().handovers().accept(id, notes);
            out().println(text("cli.handover.accepted", h.caseId(), h.round(), h.findings().size()));
            return 0;
        }
    }

    @Command(name = "return", mixinStandardHelpOptions = true, description = "验收不合格，退回承办人重新整理；须写明理由（第十三条）。")
    static final class Return extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "案件 ID")
        long id;

        @Option(names = "--reason", paramLabel = "TEXT", description = "退回理由（可写多次）")
        List<String> reasons = new ArrayList<>();

        @Override
        public Integer call() {
            Handover h = context().handovers().returnFile(id, reasons);
            out().println(text("cli.handover.returned", h.caseId(), h.round(), String.join("；", h.reasons())));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "查看案件的移交状态（未移交、待验收、已接收、已退回）和每次移交的记录。")
    static final class Show extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "案件 ID")
        long id;

        @Override
        public Integer call() {
            out().println(text("cli.handover.status", id, context().handovers().status(id).label()));
            for (Handover h : context().handovers().history(id)) {
                out().println();
                out().println(text("cli.handover.round", h.round(), ChineseDate.time(h.receivedAt()), h.fromDept(),
                        h.fromPerson(), h.receivedBy(), h.materials().size(), h.pages(), h.status().label()));
                for (Finding f : h.findings()) {
                    out().println("  " + HandoverText.line(this, f));
                }
                if (h.decision() != null) {
                    out().println("  " + text("cli.handover.decided", ChineseDate.time(h.decidedAt()), h.decidedBy(),
                            h.status().label()));
                }
                if (!h.reasons().isEmpty()) {
                    out().println("  " + text("cli.handover.reasons", String.join("；", h.reasons())));
                }
            }
            return 0;
        }
    }

    @Command(name = "print", mixinStandardHelpOptions = true, description = "把一次移交的移交验收单（材料、页数、验收问题、结论和签字栏）另存为 PDF。")
    static final class Print extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "案件 ID")
        long id;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "PDF 文件")
        Path out;

        @Option(names = "--round", paramLabel = "N", description = "第几次移交（默认最近一次）")
        Integer round;

        @Override
        public Integer call() {
            int pages = context().handovers().save(id, round, out);
            out().println(text("cli.handover.saved", out.toAbsolutePath(), pages));
            return 0;
        }
    }

    @Command(name = "require", mixinStandardHelpOptions = true, description = {"查看或设置：装订前是否须先验收接收（默认否）。",
            "--on 后，未经验收接收的案件不能装订。"})
    static final class Require extends Subcommand implements Callable<Integer> {

        @Option(names = "--on", description = "装订前须先验收接收")
        boolean on;

        @Option(names = "--off", description = "装订前不必验收")
        boolean off;

        @Override
        public Integer call() {
            if (on || off) {
                context().handovers().setRequired(on);
            }
            out().println(text(context().handovers().required() ? "cli.handover.requiredOn" : "cli.handover.requiredOff"));
            return 0;
        }
    }
}
