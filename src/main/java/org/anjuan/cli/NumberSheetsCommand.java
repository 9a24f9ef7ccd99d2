package org.anjuan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * number-sheets: A4 pages with nothing but page numbers, to print onto paper originals (SPEC §3). A clerk
 * prints one sheet, measures how far the number landed from where it should, and passes the difference.
 */
@Command(name = "number-sheets", mixinStandardHelpOptions = true,
        description = "生成只有页号的 A4 页号单，把纸质原件放进打印机套打页号。")
final class NumberSheetsCommand extends Subcommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "A", description = "第一个页号")
    int from;

    @Option(names = "--to", required = true, paramLabel = "B", description = "最后一个页号")
    int to;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "输出的 PDF 文件")
    Path out;

    @Mixin
    CalibrationOptions calibration;

    @Option(names = "--corner", paramLabel = "POS", defaultValue = "top-right",
            description = "页号位置：top-right（右上角，默认）或 bottom-right（右下角）")
    String corner;

    @Override
    public Integer call() {
        tools().stamp().numberSheets(out, from, to, CornerOption.parse(corner), calibration.x, calibration.y);
        out().println(text("cli.sheets.done", out.toString(), Integer.toString(from), Integer.toString(to),
                Integer.toString(to - from + 1)));
        return 0;
    }
}
