package org.anjuan.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anjuan.domain.ArchiveSettings;
import org.anjuan.domain.BoxFilling;
import org.anjuan.domain.Category;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** settings: shows or changes the office's archive-number style and volume limit (every workstation sees them). */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = "查看或修改本单位的案卷序号格式、机关简称、类别字、每卷页数上限和装盒估算厚度（所有工作站共用）。")
final class SettingsCommand extends Subcommand implements Callable<Integer> {

    @Option(names = "--pattern", paramLabel = "P", description = "案卷序号格式，占位符 {year} {agency} {word} {seq}")
    String pattern;

    @Option(names = "--agency", paramLabel = "NAME", description = "机关简称，如 厦国动、思国动")
    String agency;

    @Option(names = "--digits", paramLabel = "N", description = "序号最少位数（默认 2：第01号）")
    Integer digits;

    @Option(names = "--word", paramLabel = "类别=字", description = "某一执法类别的类别字，如 行政检查=查；可重复")
    Map<String, String> words = new LinkedHashMap<>();

    @Option(names = "--volume-limit", paramLabel = "PAGES", description = "每卷编号页数上限（默认 200）")
    Integer volumeLimit;

    @Option(names = "--fonds", paramLabel = "NAME", description = "全宗名称（封面上的机关全称），如 厦门市国防动员办公室")
    String fonds;

    @Option(names = "--sheet-mm", paramLabel = "MM", description = "装盒估算：每张纸的厚度（毫米，默认 0.1）")
    Double sheetMm;

    @Option(names = "--cover-mm", paramLabel = "MM",
            description = "装盒估算：每卷封面、封底、卷内目录和备考表合计厚度（毫米，默认 1.0）")
    Double coverMm;

    @Option(names = "--duplex", paramLabel = "true|false", arity = "1",
            description = "装盒估算：材料是否双面印制（是则两页为一张纸；默认 false）")
    Boolean duplex;

    @Option(names = "--box-margin-mm", paramLabel = "MM", description = "装盒估算：每盒留出的余量（毫米，默认 2.0）")
    Double boxMarginMm;

    @Option(names = "--av-deadline-hours", paramLabel = "HOURS",
            description = "音像资料原始文件须在录制后多少小时内存入专用存储器（默认 24，第十四条）")
    Integer avDeadlineHours;

    @Override
    public Integer call() {
        if (avDeadlineHours != null) {
            context().avRecords().changeDeadline(avDeadlineHours);
        }
        boolean change = pattern != null || agency != null || digits != null || !words.isEmpty()
                || volumeLimit != null || fonds != null;
        ArchiveSettings s = change
                ? context().archiveSettings().change(pattern, agency, digits, words, volumeLimit, fonds)
                : context().archiveSettings().current();
        BoxFilling f = sheetMm != null || coverMm != null || duplex != null || boxMarginMm != null
                ? context().archiveSettings().changeBoxFilling(sheetMm, coverMm, duplex, boxMarginMm)
                : context().archiveSettings().boxFilling();
        out().println(text("cli.settings.pattern", s.numberPattern()));
        out().println(text("cli.settings.fonds", s.fonds()));
        out().println(text("cli.settings.agency", s.agency()));
        out().println(text("cli.settings.digits", s.seqDigits()));
        for (Category c : Category.values()) {
            out().println(text("cli.settings.word", c.label(), s.words().wordFor(c)));
        }
        out().println(text("cli.settings.volumeLimit", s.volumeLimit()));
        out().println(text("cli.settings.boxFilling", BoxFilling.plain(f.sheetMm()),
                BoxFilling.plain(f.coverMm()), text(f.duplex() ? "cli.settings.duplex" : "cli.settings.simplex"),
                BoxFilling.plain(f.marginMm())));
        out().println(text("cli.settings.avDeadline", Integer.toString(context().avRecords().deadline().hours())));
        out().println(text("cli.settings.example", s.numberFormat().number(2023,
                s.words().wordFor(Category.PUNISHMENT_GENERAL), 1).text()));
        return 0;
    }
}
