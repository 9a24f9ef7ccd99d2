package org.anjuan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.anjuan.app.PrintCentre;
import org.anjuan.app.PrintForm;
import org.anjuan.app.PrintRoute;
import org.anjuan.app.PrintTarget;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.LedgerKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * print FORM: any printed form, for a bound case, one volume or boxes, to a PDF file or a printer (SPEC §7).
 * Volume forms reprint what was bound; box labels what was boxed.
 */
@Command(name = "print", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"打印表单，或另存为 PDF：",
                "print FORM (--case ID | --volume 归档号 | --box 盒) (--out FILE.pdf | --printer 打印机)",
                "FORM：cover 封面、directory 卷内目录、backsheet 备考表、box-cover 档案盒封面、box-spine 盒脊、"
                        + "spine-sheet 盒脊标签纸、number-sheets 页号单、handover 移交清单、ledger 登记簿。"})
final class PrintCommand extends Subcommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FORM", description = "要打印的表单（见上）")
    String form;

    @Option(names = "--case", paramLabel = "ID", description = "已装订案件的编号：打印它的每一卷")
    Long caseId;

    @Option(names = "--volume", paramLabel = "归档号", description = "一卷的归档号，如 2023年厦国动罚字第01号")
    String volume;

    @Option(names = "--box", paramLabel = "盒", split = ",",
            description = "档案盒编号或盒号（如 2023-罚-001），可用逗号分隔多个")
    List<String> boxes = new ArrayList<>();

    @Option(names = "--register", paramLabel = "借阅|查阅", defaultValue = "借阅",
            description = "登记簿（ledger）：借阅（档案借阅登记簿，默认）或查阅（档案查阅登记簿）")
    String register;

    @Mixin
    PrintDestination to;

    @Mixin
    CalibrationOptions calibration;

    @Override
    public Integer call() {
        PrintForm printForm = PrintForm.byName(form)
                .orElseThrow(() -> new AnjuanException("cli.print.unknownForm", form, PrintForm.names()));
        PrintTarget target = printForm == PrintForm.LEDGER ? new PrintTarget.Register(register()) : target();
        to.checkOne();
        PrintCentre centre = context().printCentre();
        PrintCentre.Offsets offsets = new PrintCentre.Offsets(calibration.x, calibration.y);
        if (to.toFile()) {
            int pages = centre.save(printForm, target, offsets, to.out);
            out().println(text("cli.print.saved", printForm.title(), to.out.toString(), pages));
        } else {
            String name = to.printerName();
            PrintRoute route = centre.print(printForm, target, offsets, name, to.copies);
            out().println(text("cli.print.sent", printForm.title(),
                    name != null ? name : centre.defaultPrinter().orElse(""), to.copies, route.name()));
        }
        return 0;
    }

    private LedgerKind register() {
        return switch (register) {
            case "借阅", "lending" -> LedgerKind.LENDING;
            case "查阅", "consultation" -> LedgerKind.CONSULTATION;
            default -> throw new AnjuanException("cli.print.unknownRegister", register);
        };
    }

    private PrintTarget target() {
        int given = (caseId != null ? 1 : 0) + (volume != null ? 1 : 0) + (boxes.isEmpty() ? 0 : 1);
        if (given > 1) {
            throw new AnjuanException("cli.print.oneTarget");
        }
        if (caseId != null) {
            return new PrintTarget.Case(caseId);
        }
        if (volume != null) {
            return new PrintTarget.Volume(volume);
        }
        return boxes.isEmpty() ? new PrintTarget.Nothing() : new PrintTarget.Boxes(boxes);
    }
}
