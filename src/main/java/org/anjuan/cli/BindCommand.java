package org.anjuan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.anjuan.app.BindReport;
import org.anjuan.app.BindResult;
import org.anjuan.domain.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** bind CASE_DIR --out DIR: import, order, plan volumes, issue numbers and write the bound volume PDFs. */
@Command(name = "bind", mixinStandardHelpOptions = true,
        description = {"装订案件：导入案件文件夹，按标准顺序排列材料，分卷，编页号，取案卷序号，",
            "生成每卷的 PDF（封面、卷内目录、材料、备考表）和 bind-report.json。出错时不留任何文件，不占用案卷序号。"})
final class BindCommand extends Subcommand implements Callable<Integer> {

    @Parameters(paramLabel = "CASE_DIR", description = "案件文件夹（含 case.yaml）")
    Path caseDir;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出文件夹")
    Path out;

    @Option(names = "--keep-order", description = "保持案件文件夹中的材料顺序，不按标准顺序排列")
    boolean keepOrder;

    @Option(names = "--json", description = "以 JSON 输出装订报告")
    boolean asJson;

    @Option(names = "--quiet", description = "不显示进度")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        ProgressListener progress = quiet || asJson ? ProgressListener.NONE
                : new CliProgress(spec.commandLine().getErr(), messages(), "cli.bind.progress");
        BindResult result = context().bind().bind(caseDir, out, keepOrder, progress);
        BindReport r = result.report();
        if (asJson) {
            out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
            return 0;
        }
        out().println(text("cli.bind.done", result.caseId(), r.volumes().size(), r.retention().period(),
                String.join("、", r.retention().articles())));
        for (BindReport.Volume v : r.volumes()) {
            out().println(text(v.secondary() ? "cli.bind.volumeSecondary" : "cli.bind.volume", v.volume(), v.of(),
                    v.archiveNumber(), v.numberedPages(), v.materials().size(), out.resolve(v.file())));
        }
        for (String w : r.warnings()) {
            out().println(text("cli.bind.warning", w));
        }
        out().println(text("cli.bind.report", result.reportFile()));
        return 0;
    }
}
