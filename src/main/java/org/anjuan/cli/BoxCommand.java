package org.anjuan.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.anjuan.domain.ArchiveBox;
import org.anjuan.domain.BoxFilling;
import org.anjuan.domain.BoxLabel;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.domain.ChineseDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** box create | plan | list | show | volumes | locate: archive boxes (档案盒, 第八条) from the command line. */
@Command(name = "box", mixinStandardHelpOptions = true,
        description = {"档案盒：把已装订的案卷按案卷序号装入档案盒（第八条），列出、查看档案盒。",
                "一盒只装同一年度、同一类别字、同一保管期限、序号连续的案卷；盒号按年度和类别字从 1 起编，如 2023-罚-001。",
                "box plan 按案卷厚度自动排出装盒方案（盒脊 20/30/40/50 毫米），--apply 按方案装盒。"},
        subcommands = {BoxCommand.Create.class, BoxPlanCommand.class, BoxCommand.ListBoxes.class, BoxCommand.Show.class,
                BoxCommand.Volumes.class, BoxCommand.Locate.class})
final class BoxCommand {

    @Command(name = "create", mixinStandardHelpOptions = true, description = {"装盒：--from 至 --to 之间的全部已装订案卷装入一个新档案盒。",
            "作废的序号没有案卷，跳过；其间有已装盒、保管期限不同的案卷时拒绝，并指出是哪一卷。"})
    static final class Create extends Subcommand implements Callable<Integer> {

        @Option(names = "--from", required = true, paramLabel = "NUMBER",
                description = "盒内第一卷的案卷序号，如 2023年厦国动罚字第01号")
        String from;

        @Option(names = "--to", paramLabel = "NUMBER", description = "盒内最后一卷的案卷序号（默认与 --from 相同，即一盒一卷）")
        String to;

        @Option(names = "--spine", paramLabel = "MM", defaultValue = "30",
                description = "盒脊厚度（毫米）：20、30、40 或 50，默认 30")
        int spine;

        @Override
        public Integer call() {
            ArchiveBox b = context().boxes().createBox(from, to == null ? from : to, spine);
            out().println(text("cli.box.created", b.code().text(), b.category(), b.volumes().size(), range(b, this),
                    b.retention().label(), b.spineMm()));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出所有档案盒（按年度、类别字、盒号）。")
    static final class ListBoxes extends Subcommand implements Callable<Integer> {

        @Override
        public Integer call() {
            List<ArchiveBox> boxes = context().boxes().boxes();
            TextTable t = new TextTable(text("cli.col.boxCode"), text("cli.col.boxCategory"),
                    text("cli.col.boxNumbers"), text("cli.col.filed"), text("cli.col.retention"),
                    text("cli.col.volumes"), text("cli.col.spine"), text("cli.col.location"));
            for (ArchiveBox b : boxes) {
                t.row(b.code().text(), b.category(), range(b, this), ChineseDate.span(b.firstClosed(), b.lastClosed()),
                        b.retention().label(), b.volumes().size(), b.spineMm(), location(b, this));
            }
            out().print(t.render());
            out().println(text("cli.box.count", boxes.size()));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "查看一个档案盒：盒面、盒脊标注的项目和盒内案卷。")
    static final class Show extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "BOX", description = "盒号（如 2023-罚-001）或 ID")
        String box;

        @Override
        public Integer call() {
            ArchiveBox b = context().boxes().box(box);
            BoxLabel label = context().boxes().label(b.id());
            out().println(text("cli.box.header", label.code(), Integer.toString(label.year()), b.word(),
                    label.boxNumber(), b.id()));
            out().println(text("cli.box.fonds", label.fonds()));
            out().println(text("cli.box.category", label.category()));
            out().println(text("cli.box.filed", label.filingTime()));
            out().println(text("cli.box.numbers", label.firstNumber(), label.lastNumber()));
            out().println(text("cli.box.retention", label.retention()));
            out().println(text("cli.box.spine", label.spineMm()));
            if (b.contentsUm() != null) {
                out().println(text("cli.box.contents", BoxFilling.mm(b.contentsUm())));
            }
            out().println(text("cli.box.location", location(b, this)));
            out().println(text("cli.box.made", ChineseDate.time(b.createdAt()), b.createdBy()));
            out().println();
            TextTable t = new TextTable(text("cli.col.number"), text("cli.col.title"), text("cli.col.closed"),
                    text("cli.col.retention"), text("cli.col.pages"));
            for (BoxableVolume v : b.volumes()) {
                t.row(v.archiveNumber(), v.caseTitle(), ChineseDate.day(v.closed()), v.retention().label(),
                        v.numberedPages());
            }
            out().print(t.render());
            out().println(text("cli.box.total", b.volumes().size(), b.numberedPages()));
            return 0;
        }
    }

    @Command(name = "volumes", mixinStandardHelpOptions = true, description = "列出已装订的案卷及其所在档案盒，供选择装盒范围。")
    static final class Volumes extends Subcommand implements Callable<Integer> {

        @Option(names = "--year", paramLabel = "YYYY", description = "只列出该年度的案卷")
        Integer year;

        @Option(names = "--category", paramLabel = "C",
                description = "只列出该类别的案卷：执法类别（如 行政处罚一般程序）、案卷类别（如 行政处罚）或类别字（如 罚）")
        String category;

        @Option(names = "--unboxed", description = "只列出未装盒的案卷")
        boolean unboxed;

        @Override
        public Integer call() {
            List<BoxableVolume> all = context().boxes().boxableVolumes(year, category);
            TextTable t = new TextTable(text("cli.col.number"), text("cli.col.title"), text("cli.col.closed"),
                    text("cli.col.retention"), text("cli.col.pages"), text("cli.col.box"));
            for (BoxableVolume v : all) {
                if (!unboxed || !v.boxed()) {
                    t.row(v.archiveNumber(), v.caseTitle(), ChineseDate.day(v.closed()), v.retention().label(),
                            v.numberedPages(), v.boxed() ? v.boxCode().text() : text("cli.box.unboxed"));
                }
            }
            out().print(t.render());
            out().println(text("cli.box.volumeCount", all.size(), all.stream().filter(v -> !v.boxed()).count()));
            return 0;
        }
    }

    @Command(name = "locate", mixinStandardHelpOptions = true,
            description = "记录档案盒的存放位置：库房、柜/架、层/格（box list 和 box show 中显示）。")
    static final class Locate extends Subcommand implements Callable<Integer> {

        @Parameters(paramLabel = "BOX", description = "盒号（如 2023-罚-001）或 ID")
        String box;

        @Option(names = "--room", required = true, paramLabel = "R", description = "库房，如 一号库房")
        String room;

        @Option(names = "--cabinet", paramLabel = "C", description = "柜或架，如 3柜（开放式货架可不写）")
        String cabinet;

        @Option(names = "--shelf", paramLabel = "S", description = "层或格，如 2层")
        String shelf;

        @Override
        public Integer call() {
            ArchiveBox b = context().boxes().locate(box, room, cabinet, shelf);
            out().println(text("cli.box.located", b.code().text(), b.location().text()));
            return 0;
        }
    }

    private static String location(ArchiveBox b, Subcommand command) {
        return b.located() ? b.location().text() : command.text("cli.box.location.none");
    }

    /** 起止卷号 on one line: the first and last number, or the one number of a one-volume box. */
    private static String range(ArchiveBox b, Subcommand command) {
        return b.volumes().size() == 1 ? b.first().archiveNumber()
                : command.text("cli.box.range", b.first().archiveNumber(), b.last().archiveNumber());
    }
}
