package org.anjuan.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The cups-pdf "printer" .ci/run sets up: a CUPS queue whose output is a PDF file in a folder, so a test can see
 * what a real print job turned into. Queue and folder come from ANJUAN_CUPS_QUEUE (default {@code PDF}) and
 * ANJUAN_CUPS_PDF_OUT, else from cups-pdf's own configuration ({@code Out} in /etc/cups/cups-pdf.conf).
 */
record CupsPdfQueue(String name, Path outputFolder) {

    private static final Path CONFIG = Path.of("/etc/cups/cups-pdf.conf");

    /** The queue, or why there is none on this machine. */
    static Found find(List<String> printers) {
        String queue = Optional.ofNullable(System.getenv("ANJUAN_CUPS_QUEUE")).orElse("PDF");
        if (!printers.contains(queue)) {
            return new Found(null, "no CUPS print queue \"" + queue + "\" (cups + printer-driver-cups-pdf, as .ci/run "
                    + "sets up); printers Java sees: " + printers);
        }
        Optional<Path> folder = Optional.ofNullable(System.getenv("ANJUAN_CUPS_PDF_OUT")).map(Path::of)
                .or(CupsPdfQueue::configuredFolder);
        if (folder.isEmpty()) {
            return new Found(null, "queue \"" + queue + "\" exists but where cups-pdf writes is unknown: set "
                    + "ANJUAN_CUPS_PDF_OUT");
        }
        return new Found(new CupsPdfQueue(queue, folder.get()), null);
    }

    /** Either a queue or the reason there is none. */
    record Found(CupsPdfQueue queue, String whyNot) {
    }

    /** cups-pdf's {@code Out} line, with ${HOME} and ${USER} as cups-pdf expands them for the job's owner: us. */
    private static Optional<Path> configuredFolder() {
        if (!Files.isReadable(CONFIG)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(CONFIG)) {
            return lines.map(String::strip).filter(l -> l.startsWith("Out ")).findFirst()
                    .map(l -> l.substring(4).strip()
                            .replace("${HOME}", System.getProperty("user.home"))
                            .replace("${USER}", System.getProperty("user.name")))
                    .map(Path::of);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Waits for the PDF cups-pdf writes for the job whose name contains {@code token} (cups-pdf names the file after
     * the job), and returns it once it is whole: it opens as a PDF and its size has stopped changing.
     */
    Path awaitPrinted(String token, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastSize = -1;
        while (System.nanoTime() < deadline) {
            Optional<Path> file = printedFile(token);
            if (file.isPresent()) {
                long size = Files.size(file.get());
                if (size > 0 && size == lastSize && opens(file.get())) {
                    return file.get();
                }
                lastSize = size;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no printed PDF for job \"" + token + "\" in " + outputFolder + " after " + timeout
                + "; the folder holds " + listing());
    }

    private Optional<Path> printedFile(String token) throws IOException {
        if (!Files.isDirectory(outputFolder)) {
            return Optional.empty(); // cups-pdf makes a per-user folder with the first job
        }
        try (Stream<Path> files = Files.list(outputFolder)) {
            return files.filter(f -> f.getFileName().toString().contains(token))
                    .filter(f -> f.getFileName().toString().endsWith(".pdf")).findFirst();
        }
    }

    private static boolean opens(Path pdf) {
        try (PDDocument ignored = Loader.loadPDF(pdf.toFile())) {
            return true;
        } catch (IOException e) {
            return false; // still being written
        }
    }

    private List<String> listing() throws IOException {
        if (!Files.isDirectory(outputFolder)) {
            return List.of("(no such folder)");
        }
        try (Stream<Path> files = Files.list(outputFolder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
