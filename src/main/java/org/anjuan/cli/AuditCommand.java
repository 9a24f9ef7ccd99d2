package org.anjuan.cli;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.anjuan.app.AuditService;
import org.anjuan.domain.AuditEntry;
import org.anjuan.domain.AuditVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** audit verify | list: the audit trail, checked line by line, and its latest lines. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"审计日志：对案件、材料、案卷序号、案卷、档案盒、保管期限和设置的每次改动都记在审计日志中，",
                "每条记录带上一条的 SHA-256 校验值，首尾相接；直接改动数据库会使核验失败。"},
        subcommands = {AuditCommand.Verify.class, AuditCommand.ListEntries.class})
final class AuditCommand {

    /** The exit code when the log was found tampered with: the check ran, its finding is bad news. */
    static final int BROKEN = 1;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss");

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"逐条核对审计日志的校验值链。", "退出码：0 完整；1 已被改动（指出第一条出问题的记录）；2 无法核验（如数据库打不开）。"})
    static final class Verify extends Subcommand implements Callable<Integer> {

        @Override
        public Integer call() {
            AuditService audit = context().audit();
            AuditVerdict v = audit.verify();
            out().println(audit.describe(v));
            if (v.intact()) {
                return 0;
            }
            out().println(audit.advice(v));
            return BROKEN;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出最近的审计记录（从旧到新）。")
    static final class ListEntries extends Subcommand implements Callable<Integer> {

        @Option(names = "--case", paramLabel = "ID", description = "只列出该案件的记录（含其案卷序号和案卷）")
        Long caseId;

        @Option(names = "--entity", paramLabel = "KIND",
                description = "只列出一类对象的记录：case、archive_number、volume、archive_box 或 setting")
        String entity;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "最多列出多少条，默认 20")
        int limit;

        @Override
        public Integer call() {
            AuditService audit = context().audit();
            List<AuditEntry> lines = audit.recent(caseId, entity, limit);
            TextTable t = new TextTable(text("cli.col.auditId"), text("cli.col.auditAt"), text("cli.col.actor"),
                    text("cli.col.action"), text("cli.col.subject"), text("cli.col.detail"));
            for (AuditEntry e : lines) {
                t.row(e.id(), TIME.format(e.at()), e.actor(), audit.actionLabel(e), audit.subject(e),
                        e.detail() == null ? "" : e.detail().replace('\n', ' '));
            }
            out().print(t.render());
            out().println(text("cli.audit.count", lines.size()));
            return 0;
        }
    }
}
