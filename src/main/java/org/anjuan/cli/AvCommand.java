package org.anjuan.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.anjuan.app.AvDetails;
import org.anjuan.app.AvText;
import org.anjuan.app.PrintRoute;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.AvCheck;
import org.anjuan.domain.AvGround;
import org.anjuan.domain.AvItem;
import org.anjuan.domain.AvKind;
import org.anjuan.domain.AvRecord;
import org.anjuan.domain.ChineseDate;
import org.anjuan.domain.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** av add | list | verify | print: audio/video and electronic records kept with a case (第十四条至第十六条). */
@Command(name = "av", mixinStandardHelpOptions = true,
        description = {"音像资料和电子数据：登记（计算 SHA-256）、列出（逾期存储、长期保存）、核验、打印制作说明（第十四条至第十六条）。",
                "av add CASE_ID FILE|--storage-only …；av list CASE_ID；av verify CASE_ID；av print CASE_ID --out FILE.pdf|--printer"},
        subcommands = {AvCommand.Add.class, AvCommand.ListRecords.class, AvCommand.Verify.class,
                AvCommand.Print.class})
final class AvCommand {

    /** Exit code of av verify when a file changed or is missing. */
    static final int CHECK_FAILED = 3;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"登记一项音像资料：FILE 是已存入专用存储器的原始文件（在原处计算 SHA-256，不复制）；",
                    "只存于光盘等介质的，用 --storage-only 并写明 --location。"})
    static final class Add extends Subcommand implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "CASE_ID", description = "案件编号")
        long caseId;

        @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "专用存储器中的原始文件")
        Path file;

        @Option(names = "--storage-only", description = "只登记存储位置（光盘、专用硬盘等），不计算校验值")
        boolean storageOnly;

        @Option(names = "--kind", paramLabel = "类别", description = "录像、录音、照片或电子数据（默认按文件扩展名判断）")
        String kind;

        @Option(names = "--title", required = true, paramLabel = "T", description = "名称，如 现场检查执法记录仪录像")
        String title;

        @Option(names = "--recorder", required = true, paramLabel = "R", description = "记录人")
        String recorder;

        @Option(names = "--recorded-at", required = true, paramLabel = "\"2023-05-06 10:30\"", description = "录制时间")
        String recordedAt;

        @Option(names = "--place", required = true, paramLabel = "P", description = "地点")
        String place;

        @Option(names = "--summary", paramLabel = "S", description = "内容摘要")
        String summary;

        @Option(names = "--location", paramLabel = "L", description = "存储位置：路径或介质，如 光盘 GP-2023-015（默认为文件路径）")
        String location;

        @Option(names = "--stored-at", paramLabel = "\"2023-05-06 18:00\"",
                description = "原始文件存入专用存储器的时间（默认现在）；超过期限（默认 24 小时）的标为逾期存储")
        String storedAt;

        @Option(names = "--long-term", paramLabel = "理由", split = ",",
                description = "需长期保存的情形（第十五条）：重大权益、异议投诉、阻碍执法、涉嫌犯罪、其他；可用逗号分隔多个")
        List<String> grounds = new ArrayList<>();

        @Override
        public Integer call() {
            if ((file == null) != storageOnly) {
                throw new AnjuanException("av.source.one");
            }
            AvKind k = kind != null ? AvKind.fromLabel(kind).orElseThrow(
                    () -> new AnjuanException("av.kind.unknown", kind, AvKind.allLabels()))
                    : AvKind.guess(file == null ? null : String.valueOf(file.getFileName()));
            Set<AvGround> chosen = EnumSet.noneOf(AvGround.class);
            for (String g : grounds) {
                chosen.add(AvGround.fromLabel(g).orElseThrow(
                        () -> new AnjuanException("av.ground.unknown", g, AvGround.allLabels())));
            }
            AvDetails d = new AvDetails(k, title, recorder, time(recordedAt), place, summary,
                    storedAt == null ? null : time(storedAt), location, chosen);
            ProgressListener progress = new Megabytes(new CliProgress(spec.commandLine().getErr(), messages(),
                    "cli.av.progress"));
            AvItem item = context().avRecords().register(caseId, file, d, progress);
            AvRecord r = item.record();
            out().println(text("cli.av.added", Integer.toString(r.seq()), r.kind().label(), r.title(),
                    r.storageOnly() ? text("cli.av.noChecksum") : r.sha256()));
            flags(this, item);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出案件的音像资料，标出逾期存储和需长期保存的。")
    static final class ListRecords extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "CASE_ID", description = "案件编号")
        long caseId;

        @Override
        public Integer call() {
            List<AvItem> items = context().avRecords().list(caseId);
            AvText t = new AvText(messages());
            TextTable table = new TextTable(text("cli.col.avSeq"), text("cli.col.avKind"), text("cli.col.avTitle"),
                    text("cli.col.recorder"), text("cli.col.recordedAt"), text("cli.col.storedAt"),
                    text("cli.col.storage"), text("cli.col.marks"));
            for (AvItem i : items) {
                AvRecord r = i.record();
                table.row(r.seq(), r.kind().label(), r.title(), r.recorder(), ChineseDate.time(r.recordedAt()),
                        ChineseDate.time(r.storedAt()), r.location(), t.marks(i));
            }
            out().print(table.render());
            for (AvItem i : items) {
                flags(this, i);
            }
            out().println(text("cli.av.count", items.size(), items.stream().filter(AvItem::late).count(),
                    items.stream().filter(AvItem::keepLongTerm).count()));
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"重新计算每个原始文件的 SHA-256，与登记时的比对。", "有文件被改动或找不到时退出码为 3。"})
    static final class Verify extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "CASE_ID", description = "案件编号")
        long caseId;

        @Override
        public Integer call() {
            List<AvCheck> checks = context().avRecords().verify(caseId,
                    new Megabytes(new CliProgress(spec.commandLine().getErr(), messages(), "cli.av.progress")));
            AvText t = new AvText(messages());
            TextTable table = new TextTable(text("cli.col.avSeq"), text("cli.col.avTitle"), text("cli.col.check"));
            for (AvCheck c : checks) {
                table.row(c.record().seq(), c.record().title(), t.check(c));
            }
            out().print(table.render());
            long failed = checks.stream().filter(AvCheck::failed).count();
            out().println(failed == 0 ? text("cli.av.verified", checks.size())
                    : text("cli.av.verifyFailed", checks.size(), failed));
            return failed == 0 ? 0 : CHECK_FAILED;
        }
    }

    @Command(name = "print", mixinStandardHelpOptions = true,
            description = "打印案件的音像资料制作说明（A4，附卷），或另存为 PDF。")
    static final class Print extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "CASE_ID", description = "案件编号")
        long caseId;

        @Mixin
        PrintDestination to;

        @Override
        public Integer call() {
            to.checkOne();
            if (to.toFile()) {
                context().avRecords().saveSheet(caseId, to.out);
                out().println(text("cli.av.printed", to.out.toString()));
            } else {
                String name = to.printerName();
                PrintRoute route = context().printing().print(context().avRecords().sheet(caseId), name,
                        text("cli.av.jobName"), to.copies);
                out().println(text("cli.av.sent", name != null ? name
                        : context().printing().defaultPrinter().orElse(""), to.copies, route.name()));
            }
            return 0;
        }
    }

    /** The 逾期存储 and 长期保存 lines under a record, when it has them. */
    private static void flags(Subcommand command, AvItem item) {
        AvText t = new AvText(command.messages());
        for (String line : new String[] {t.late(item), t.longTerm(item)}) {
            if (!line.isEmpty()) {
                command.out().println(command.text("cli.av.flag", Integer.toString(item.record().seq()), line));
            }
        }
    }

    static LocalDateTime time(String text) {
        try {
            return LocalDateTime.parse(text.strip().replace('T', ' '), TIME);
        } catch (DateTimeParseException e) {
            throw new AnjuanException("av.time.invalid", text);
        }
    }

    /** Bytes as whole megabytes, so the stderr lines say 已核算 120 / 3072 MB. */
    private record Megabytes(ProgressListener to) implements ProgressListener {
        @Override
        public void progress(long done, long total, String what) {
            to.progress(done >> 20, total >> 20, what);
        }
    }
}
