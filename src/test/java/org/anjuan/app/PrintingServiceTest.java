package org.anjuan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.StreamPrintServiceFactory;
import org.anjuan.domain.AnjuanException;
import org.anjuan.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printing service against the JDK's own PostScript "printer" (a print service writing to a stream), so the
 * drawn-pages route and every refusal are checked on any machine; the real CUPS path is {@code CupsPrintingIT}.
 */
class PrintingServiceTest {

    @TempDir
    Path dir;

    private final Messages zh = Messages.chinese();
    private final ByteArrayOutputStream postScript = new ByteArrayOutputStream();
    private final PrintService streamPrinter = postScriptPrinter(postScript);

    @Test
    void aPrinterThatCannotReadPdfGetsEveryPageDrawnOnA4AtActualSize() throws Exception {
        PrintingService printing = new PrintingService(printers(List.of(streamPrinter), streamPrinter));

        PrintRoute route = printing.print(PrintSamples.covers(2), "Postscript output", "案卷封面 2023年厦国动罚字第01号", 1);

        assertThat(route).isEqualTo(PrintRoute.DRAWN_PAGES);
        String ps = postScript.toString(StandardCharsets.ISO_8859_1);
        assertThat(count(ps, "(?m)^%%Page: ")).isEqualTo(2);
        // every page is an A4 sheet (595 × 842 pt), not the US Letter the JDK assumes by default
        Matcher sizes = Pattern.compile("/PageSize \\[(\\d+(?:\\.\\d+)?) (\\d+(?:\\.\\d+)?)\\]").matcher(ps);
        int pages = 0;
        while (sizes.find()) {
            assertThat(Double.parseDouble(sizes.group(1))).isCloseTo(595.3, offset(1.0));
            assertThat(Double.parseDouble(sizes.group(2))).isCloseTo(841.9, offset(1.0));
            pages++;
        }
        assertThat(pages).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theDefaultPrinterIsUsedWhenNoneIsNamed() throws Exception {
        PrintingService printing = new PrintingService(printers(List.of(streamPrinter), streamPrinter));

        assertThat(printing.defaultPrinter()).contains("Postscript output");
        assertThat(printing.routeFor(null)).isEqualTo(PrintRoute.DRAWN_PAGES);
        printing.print(PrintSamples.covers(1), null, "案卷封面", 1);
        assertThat(count(postScript.toString(StandardCharsets.ISO_8859_1), "(?m)^%%Page: ")).isEqualTo(1);
    }

    @Test
    void aMachineWithoutPrintersSaysSoInChinese() {
        PrintingService printing = new PrintingService(printers(List.of(), null));

        assertThat(printing.printerNames()).isEmpty();
        AnjuanException e = catchThrowableOfType(
                () -> printing.print(PrintSamples.covers(1), "HP LaserJet", "案卷封面", 1), AnjuanException.class);
        assertThat(e.key()).isEqualTo("print.noPrinters");
        assertThat(zh.text(e)).contains("没有可用的打印机");
    }

    @Test
    void anUnknownPrinterNameIsRefusedWithTheListOfPrinters() {
        PrintingService printing = new PrintingService(printers(List.of(streamPrinter), null));

        AnjuanException e = catchThrowableOfType(
                () -> printing.print(PrintSamples.covers(1), "HP LaserJet 1020", "案卷封面", 1), AnjuanException.class);
        assertThat(zh.text(e)).isEqualTo("找不到打印机“HP LaserJet 1020”。这台电脑上可用的打印机：Postscript output");
        assertThat(postScript.size()).isZero();
    }

    @Test
    void withoutADefaultPrinterTheClerkMustChooseOne() {
        PrintingService printing = new PrintingService(printers(List.of(streamPrinter), null));

        AnjuanException e = catchThrowableOfType(
                () -> printing.print(PrintSamples.covers(1), null, "案卷封面", 1), AnjuanException.class);
        assertThat(zh.text(e)).contains("没有设置默认打印机").contains("Postscript output");
    }

    @Test
    void copiesOutsideOneToNinetyNineAreRefused() {
        PrintingService printing = new PrintingService(printers(List.of(streamPrinter), streamPrinter));

        for (int copies : new int[] {0, -1, 100}) {
            AnjuanException e = catchThrowableOfType(
                    () -> printing.print(PrintSamples.covers(1), null, "案卷封面", copies), AnjuanException.class);
            assertThat(zh.text(e)).isEqualTo("打印份数须在 1 到 99 之间，现为 " + copies);
        }
        assertThat(postScript.size()).isZero();
    }

    @Test
    void aFileThatIsNotAPdfIsNotSent() throws Exception {
        PrintingService printing = new PrintingService(printers(List.of(streamPrinter), streamPrinter));
        Path text = Files.writeString(dir.resolve("封面.txt"), "not a pdf");

        AnjuanException e = catchThrowableOfType(() -> printing.print(text, null, "封面", 1), AnjuanException.class);
        assertThat(zh.text(e)).isEqualTo("要打印的 封面.txt 不是 PDF 文件");
        AnjuanException missing = catchThrowableOfType(
                () -> printing.print(dir.resolve("nope.pdf"), null, "封面", 1), AnjuanException.class);
        assertThat(zh.text(missing)).contains("nope.pdf").contains("不存在");
        assertThat(postScript.size()).isZero();
    }

    @Test
    void thePdfRouteIsRefusedForAPrinterThatCannotReadPdf() {
        PrintingService printing = new PrintingService(printers(List.of(streamPrinter), streamPrinter));

        AnjuanException e = catchThrowableOfType(() -> printing.print(PrintSamples.covers(1), "Postscript output",
                "案卷封面", 1, PrintRoute.PDF), AnjuanException.class);
        assertThat(e.key()).isEqualTo("print.noPdfRoute");
        assertThat(postScript.size()).isZero();
    }

    private static PrintService postScriptPrinter(ByteArrayOutputStream out) {
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript");
        assertThat(factories).isNotEmpty();
        return factories[0].getPrintService(out);
    }

    private static PrintingService.Printers printers(List<PrintService> all, PrintService systemDefault) {
        return new PrintingService.Printers() {
            @Override
            public List<PrintService> all() {
                return all;
            }

            @Override
            public Optional<PrintService> systemDefault() {
                return Optional.ofNullable(systemDefault);
            }
        };
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
