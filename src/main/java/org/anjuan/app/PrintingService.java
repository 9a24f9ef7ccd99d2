package org.anjuan.app;

import java.awt.print.PrinterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.StreamPrintService;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import org.anjuan.domain.AnjuanException;
import org.anjuan.pdf.DrawnPagePrinter;

/**
 * Puts a finished PDF (a cover, a directory, labels…) on a real printer: A4, portrait, at actual size.
 *
 * <p>Where the print system takes PDF itself — CUPS on Linux and macOS reports {@code application/pdf} — the file
 * goes there unchanged and CUPS's own filters lay it out for the printer ({@link PrintRoute#PDF}). Elsewhere
 * (Windows drivers) the program draws the pages through Java 2D ({@link PrintRoute#DRAWN_PAGES}). On Linux the
 * JDK hands both routes to CUPS through {@code /usr/bin/lpr}, so a machine needs {@code cups-bsd} besides
 * {@code cups-client}.
 */
public final class PrintingService {

    /** More copies than an office ever prints of one form: a typing slip, not a wish. */
    static final int MAX_COPIES = 99;
    /** IPP names are at most 255 octets; CUPS refuses longer job names and Chinese takes 3 octets a character. */
    private static final int MAX_JOB_NAME = 80;
    /** Where the JDK on Linux hands every print job, whichever route: the path is fixed in the JDK, not searched. */
    private static final Path LPR = Path.of("/usr/bin/lpr");

    /** The printers the operating system offers; tests give their own. */
    public interface Printers {

        List<PrintService> all();

        Optional<PrintService> systemDefault();

        /** What javax.print finds: CUPS queues on Linux and macOS, the installed printers on Windows. */
        Printers SYSTEM = new Printers() {
            @Override
            public List<PrintService> all() {
                return Arrays.asList(PrintServiceLookup.lookupPrintServices(null, null));
            }

            @Override
            public Optional<PrintService> systemDefault() {
                return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
            }
        };
    }

    private final Printers printers;
    private final DrawnPagePrinter drawnPages = new DrawnPagePrinter();

    public PrintingService() {
        this(Printers.SYSTEM);
    }

    public PrintingService(Printers printers) {
        this.printers = printers;
    }

    /** The names of the printers this machine offers, as the system lists them; empty when there is none. */
    public List<String> printerNames() {
        return printers.all().stream().map(PrintService::getName).toList();
    }

    /** The system's default printer, when one is set. */
    public Optional<String> defaultPrinter() {
        return printers.systemDefault().map(PrintService::getName);
    }

    /** The route {@link #print(byte[], String, String, int)} would take for this printer (null: the default). */
    public PrintRoute routeFor(String printerName) {
        return takesPdf(find(printerName)) ? PrintRoute.PDF : PrintRoute.DRAWN_PAGES;
    }

    /**
     * Prints a PDF file. {@code printerName} is one of {@link #printerNames()}, or null for the system default;
     * {@code jobName} is what the print queue shows. Returns the route taken. Returns once the print system has
     * the job, not when the paper is out.
     */
    public PrintRoute print(Path pdf, String printerName, String jobName, int copies) {
        return print(read(pdf), pdf.getFileName().toString(), printerName, jobName, copies);
    }

    /** Prints a PDF held in memory (a form just filled); see {@link #print(Path, String, String, int)}. */
    public PrintRoute print(byte[] pdf, String printerName, String jobName, int copies) {
        return print(pdf, jobName, printerName, jobName, copies);
    }

    /**
     * Prints by the route asked for: {@link PrintRoute#DRAWN_PAGES} helps with a printer that claims to read PDF
     * but prints it wrongly. Asking for {@link PrintRoute#PDF} on a printer that cannot read PDF is refused.
     */
    public void print(byte[] pdf, String printerName, String jobName, int copies, PrintRoute route) {
        checkCopies(copies);
        PrintService printer = find(printerName);
        send(pdf, jobName, printer, jobName, copies, route);
    }

    private PrintRoute print(byte[] pdf, String documentName, String printerName, String jobName, int copies) {
        checkCopies(copies);
        PrintService printer = find(printerName);
        PrintRoute route = takesPdf(printer) ? PrintRoute.PDF : PrintRoute.DRAWN_PAGES;
        send(pdf, documentName, printer, jobName, copies, route);
        return route;
    }

    private void send(byte[] pdf, String documentName, PrintService printer, String jobName, int copies,
                      PrintRoute route) {
        if (!looksLikePdf(pdf)) {
            throw new AnjuanException("print.notPdf", documentName); // CUPS would take it and print garbage
        }
        if (route == PrintRoute.PDF && !takesPdf(printer)) {
            throw new AnjuanException("print.noPdfRoute", printer.getName());
        }
        if (!(printer instanceof StreamPrintService) && isLinux() && !Files.isExecutable(LPR)) {
            throw new AnjuanException("print.noLpr", LPR.toString());
        }
        if (printer.getAttribute(PrinterIsAcceptingJobs.class) == PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS) {
            throw new AnjuanException("print.notAccepting", printer.getName());
        }
        PrintRequestAttributeSet attributes = attributes(jobName, copies);
        try {
            if (route == PrintRoute.PDF) {
                printer.createPrintJob().print(new SimpleDoc(pdf, DocFlavor.BYTE_ARRAY.PDF, null), attributes);
            } else {
                drawnPages.print(pdf, documentName, printer, attributes);
            }
        } catch (PrintException | PrinterException e) {
            throw new AnjuanException(e, "print.failed", documentName, printer.getName(),
                    String.valueOf(e.getMessage()));
        }
    }

    /**
     * A4, portrait, copies and the job's name. Fidelity stays off: a printer that does not list A4 among its media
     * still prints on the paper it has instead of refusing the whole job.
     */
    private static PrintRequestAttributeSet attributes(String jobName, int copies) {
        PrintRequestAttributeSet set = new HashPrintRequestAttributeSet();
        set.add(MediaSizeName.ISO_A4);
        set.add(OrientationRequested.PORTRAIT);
        set.add(new Copies(copies));
        set.add(new JobName(shortened(jobName), null));
        return set;
    }

    private static String shortened(String jobName) {
        if (jobName == null || jobName.isBlank()) {
            throw new IllegalArgumentException("a print job needs a name the queue can show");
        }
        String name = jobName.strip();
        return name.length() <= MAX_JOB_NAME ? name : name.substring(0, MAX_JOB_NAME);
    }

    /** A PDF begins with "%PDF-", after at most 1024 bytes of anything else (ISO 32000-1 §7.5.2, as readers do). */
    private static boolean looksLikePdf(byte[] bytes) {
        byte[] marker = {'%', 'P', 'D', 'F', '-'};
        int last = Math.min(1024, bytes.length - marker.length);
        for (int at = 0; at <= last; at++) {
            if (Arrays.equals(bytes, at, at + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    private static boolean takesPdf(PrintService printer) {
        return printer.isDocFlavorSupported(DocFlavor.BYTE_ARRAY.PDF);
    }

    private PrintService find(String printerName) {
        List<PrintService> all = printers.all();
        if (all.isEmpty()) {
            throw new AnjuanException("print.noPrinters");
        }
        if (printerName == null || printerName.isBlank()) {
            return printers.systemDefault()
                    .orElseThrow(() -> new AnjuanException("print.noDefault", names(all)));
        }
        return all.stream().filter(p -> p.getName().equals(printerName.strip())).findFirst()
                .orElseThrow(() -> new AnjuanException("print.unknownPrinter", printerName, names(all)));
    }

    private static String names(List<PrintService> all) {
        return String.join("、", all.stream().map(PrintService::getName).toList());
    }

    private static void checkCopies(int copies) {
        if (copies < 1 || copies > MAX_COPIES) {
            throw new AnjuanException("print.copies", MAX_COPIES, copies);
        }
    }

    private static byte[] read(Path pdf) {
        try {
            return Files.readAllBytes(pdf);
        } catch (NoSuchFileException e) {
            throw new AnjuanException(e, "print.missing", pdf.toString());
        } catch (IOException e) {
            throw new AnjuanException(e, "print.unreadable", pdf.toString(), String.valueOf(e.getMessage()));
        }
    }
}
