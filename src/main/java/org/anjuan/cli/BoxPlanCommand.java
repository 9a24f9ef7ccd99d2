package org.anjuan.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.anjuan.domain.ArchiveBox;
import org.anjuan.domain.BoxFilling;
import org.anjuan.domain.BoxPlan;
import org.anjuan.domain.PlannedBox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** box plan: shows how the unboxed bound volumes would go into boxes; with --apply, boxes them so. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = {
        "装盒方案：未装盒的已装订案卷按年度、类别字、保管期限分开，按案卷序号顺序装盒，",
        "按估算厚度（settings --sheet-mm --cover-mm --duplex --box-margin-mm）装满为止，选用能装下的最薄盒脊（20/30/40/50 毫米）。",
        "只显示方案，不保存；加 --apply 按方案装盒。"})
final class BoxPlanCommand extends Subcommand implements Callable<Integer> {

    @Option(names = "--year", paramLabel = "YYYY", description = "只为该年度的案卷装盒")
    Integer year;

    @Option(names = "--category", paramLabel = "C",
            description = "只为该类别的案卷装盒：执法类别（如 行政处罚一般程序）、案卷类别（如 行政处罚）或类别字（如 罚）")
    String category;

    @Option(names = "--apply", description = "按方案装盒（一次保存全部档案盒）")
    boolean apply;

    @Override
    public Integer call() {
        BoxPlan plan = context().boxes().plan(year, category);
        if (plan.isEmpty()) {
            out().println(text("cli.box.plan.none"));
            return 0;
        }
        TextTable t = new TextTable(text("cli.col.boxCode"), text("cli.col.spine"), text("cli.col.boxNumbers"),
                text("cli.col.retention"), text("cli.col.volumes"), text("cli.col.thickness"), text("cli.col.note"));
        for (PlannedBox b : plan.boxes()) {
            t.row(b.code().text(), b.spineMm(), b.volumes().size() == 1 ? b.first().archiveNumber()
                            : text("cli.box.range", b.first().archiveNumber(), b.last().archiveNumber()),
                    b.retention().label(), b.volumes().size(), b.thicknessMm(),
                    b.oversize() ? text("cli.box.plan.oversize") : "");
        }
        out().print(t.render());
        BoxFilling f = plan.filling();
        out().println(text("cli.box.plan.summary", plan.volumeCount(), plan.boxes().size(), BoxFilling.plain(f.sheetMm()),
                text(f.duplex() ? "cli.settings.duplex" : "cli.settings.simplex"), BoxFilling.plain(f.coverMm()),
                BoxFilling.plain(f.marginMm())));
        for (PlannedBox b : plan.oversize()) {
            out().println(text("cli.box.plan.warning", b.first().archiveNumber(), b.thicknessMm()));
        }
        if (!apply) {
            out().println(text("cli.box.plan.unsaved"));
            return 0;
        }
        List<ArchiveBox> saved = context().boxes().applyPlan(plan);
        String first = saved.get(0).code().text();
        String last = saved.get(saved.size() - 1).code().text();
        out().println(text("cli.box.plan.applied", saved.size(),
                saved.size() == 1 ? first : text("cli.box.range", first, last)));
        return 0;
    }
}
