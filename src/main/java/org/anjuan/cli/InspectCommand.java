package org.anjuan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anjuan.domain.ScannedPage;
import org.anjuan.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * inspect FILE.pdf [--json]: each page's visual size, rotation, A4 or not with what to do (第五条), and
 * whether it is blank. Reads the file only; opens no register, so it works before a database exists.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "检查扫描件：逐页列出幅面（毫米）、旋转、是否A4及处理建议、是否空白页。")
final class InspectCommand extends Subcommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.pdf", description = "扫描件（PDF）")
    Path file;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        List<ScannedPage> pages = tools().inspect().inspect(file,
                new CliProgress(spec.commandLine().getErr(), messages(), "cli.inspect.progress"));
        if (json) {
            out().println(new ObjectMapper().writeValueAsString(json(pages)));
            return 0;
        }
        TextTable t = new TextTable(text("cli.inspect.col.page"), text("cli.inspect.col.size"),
                text("cli.inspect.col.rotation"), text("cli.inspect.col.a4"), text("cli.inspect.col.advice"),
                text("cli.inspect.col.blank"));
        for (ScannedPage p : pages) {
            t.row(p.index(), String.format("%.1f×%.1f", p.widthMm(), p.heightMm()), p.rotation() + "°",
                    yesNo(p.a4()), p.advice() == null ? "" : p.advice().label(), yesNo(p.blank()));
        }
        out().print(t.render());
        out().println(text("cli.inspect.summary", file.toString(), pages.size(),
                pages.stream().filter(p -> !p.a4()).count(), pages.stream().filter(ScannedPage::blank).count()));
        return 0;
    }

    /** The user's language without opening the register: inspecting a file needs no database. */

    private Map<String, Object> json(List<ScannedPage> pages) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", file.toString());
        root.put("pages", pages.stream().map(InspectCommand::json).toList());
        return root;
    }

    private static Map<String, Object> json(ScannedPage p) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("index", p.index());
        page.put("widthMm", tenths(p.widthMm()));
        page.put("heightMm", tenths(p.heightMm()));
        page.put("rotation", p.rotation());
        page.put("a4", p.a4());
        page.put("advice", p.advice() == null ? null : p.advice().label());
        page.put("blank", p.blank());
        return page;
    }

    private static double tenths(double mm) {
        return Math.round(mm * 10) / 10.0;
    }

    private String yesNo(boolean b) {
        return text(b ? "cli.inspect.yes" : "cli.inspect.no");
    }
}
