package org.anjuan.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.anjuan.app.AppContext;
import org.anjuan.app.BindPlan;
import org.anjuan.app.BindResult;
import org.anjuan.app.InstallationSettings;
import org.anjuan.domain.NumberPosition;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.PageNumber;
import org.anjuan.domain.PageNumbering;
import org.anjuan.domain.ProgressListener;
import org.anjuan.pdf.BlankPageDetector;
import org.anjuan.pdf.NumberStamp;
import org.anjuan.pdf.NumberStamper;
import org.anjuan.pdf.ScanOpener;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The binding benchmark (not a test): on a 400-page scanned case (200 dpi colour JPEG pages, ~140 MB, six
 * blank sheets, an A3, an A5 and a Letter page), times stamping every page, blank detection on every page
 * and a full bind, each as a ratio to copying the same bytes in the same run, and reports the peak heap. The
 * first run (a clerk's first bind after starting the program: classes loaded, code interpreted) is shown apart;
 * runs 2–6 are still warming up (the quick compiler keeps compiling code that runs a few times a bind), runs
 * 7–11 are warmed up, as the window is after a few binds. For the bind, each run's time is also divided by
 * that run's copy, and the median of those ratios shown: the machine's speed drifts between runs, and a ratio
 * within one run follows it. Run it with -Xmx256m to show memory stays bounded, and with the JVM options the
 * program itself runs with. See bench/run.sh.
 *
 * <pre>java -Xmx256m -cp ... org.anjuan.bench.BindBenchmark [--copies N] [--scan FILE]</pre>
 * --copies N binds a case of N copies of the scan as N materials (8 copies ≈ 1.1 GB); --scan takes the scan
 * {@link WriteScan} wrote instead of drawing a new one.
 */
public final class BindBenchmark {

    /** The first run is reported apart (a clerk's first bind in a process); then runs 2–6 and 7–11. */
    private static final int RUNS = 11;
    private static final int WARMING = 6;

    public static void main(String[] args) throws Exception {
        int copies = 1;
        Path given = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--copies" -> copies = Integer.parseInt(args[i + 1]);
                case "--scan" -> given = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("anjuan-bench");
        try {
            Path scan = work.resolve("case/scanned400.pdf");
            Files.createDirectories(scan.getParent());
            long t = System.nanoTime();
            if (given != null) {
                Files.copy(given, scan); // one that WriteScan wrote, so several runs need not draw it again
            } else {
                BlankDetectionCheck.write(scan);
            }
            System.out.printf(Locale.ROOT, "input: %s, %.1f MB, %s in %.0f s%n", scan.getFileName(),
                    Files.size(scan) / 1e6, given != null ? "copied from " + given : "written", secs(t));
            caseFolder(scan, copies);
            long inputBytes = Files.size(scan) * copies;
            HeapSampler heap = new HeapSampler();
            heap.start();
            List<Double> copy = new ArrayList<>();
            List<Double> streamed = new ArrayList<>();
            List<Double> stamp = new ArrayList<>();
            List<Double> blank = new ArrayList<>();
            List<Double> bind = new ArrayList<>();
            long peak = 0;
            // one register for all the runs, open throughout, as in the window: each run binds a case of its own
            InstallationSettings settings = new InstallationSettings(work.resolve("register"),
                    work.resolve("register/db"), Locale.SIMPLIFIED_CHINESE, "bench");
            try (AppContext app = AppContext.open(settings)) {
                for (int run = 1; run <= RUNS; run++) {
                    copy.add(copyAll(scan, copies, work.resolve("copy")));
                    streamed.add(streamAll(scan, copies, work.resolve("copy")));
                    if (copies == 1) {
                        stamp.add(stamp(scan, work.resolve("stamped.pdf")));
                        blank.add(blankDetection(scan));
                    }
                    bind.add(bind(app, work.resolve("case"), work.resolve("run" + run)));
                    System.out.printf(Locale.ROOT, "run %d: copy %.2f s, stamp %s, blank %s, bind %.2f s%n", run,
                            copy.get(run - 1), copies == 1 ? fmt(stamp.get(run - 1)) : "-",
                            copies == 1 ? fmt(blank.get(run - 1)) : "-", bind.get(run - 1));
                }
            }
            heap.interrupt();
            peak = heap.peak;
            double firstBind = bind.get(0);
            double firstCopy = streamed.get(0);
            System.out.printf(Locale.ROOT, "%ninput %.0f MB (%d × %d pages), JVM: %s%n", inputBytes / 1e6, copies,
                    BlankDetectionCheck.PAGES, String.join(" ",
                            ManagementFactory.getRuntimeMXBean().getInputArguments()));
            System.out.printf(Locale.ROOT, "  %-34s %6.2f s  (copy B in that run %.2f s: %.1f ×)%n",
                    "first bind in this process", firstBind, firstCopy, firstBind / firstCopy);
            for (int[] runs : new int[][] {{2, WARMING}, {WARMING + 1, RUNS}}) {
                int from = runs[0] - 1;
                int to = runs[1];
                double c = median(copy.subList(from, to));
                double cs = median(streamed.subList(from, to));
                System.out.printf(Locale.ROOT, "medians of runs %d–%d (%s):%n", runs[0], runs[1],
                        from == 1 ? "the compiler still warming up" : "warmed up");
                System.out.printf(Locale.ROOT, "  %-34s %6.2f s%n", "copy A: Files.copy (kernel copy)", c);
                System.out.printf(Locale.ROOT, "  %-34s %6.2f s%n", "copy B: streamed via JVM + fsync", cs);
                if (copies == 1) {
                    line("stamp every page", median(stamp.subList(from, to)), c, cs);
                    line("blank detection, every page", median(blank.subList(from, to)), c, cs);
                }
                line("full bind", median(bind.subList(from, to)), c, cs);
                List<Double> ratios = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    ratios.add(bind.get(i) / streamed.get(i));
                }
                System.out.printf(Locale.ROOT, "  %-34s %6.1f ×  (run by run: %s)%n", "full bind ÷ copy B of its own run",
                        median(ratios), String.join(" ", ratios.stream()
                                .map(r -> String.format(Locale.ROOT, "%.1f", r)).toList()));
            }
            System.out.printf(Locale.ROOT, "  peak heap used %.0f MB (sampled every 5 ms) with -Xmx %.0f MB%n",
                    peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        } finally {
            deleteTree(work);
        }
    }

    private static void line(String what, double s, double copyA, double copyB) {
        System.out.printf(Locale.ROOT, "  %-34s %6.2f s  %5.1f × copy A  %4.1f × copy B%n", what, s, s / copyA,
                s / copyB);
    }

    /** Copying the bytes the way a program that writes them must: through the JVM, forced to disk. */
    private static double streamAll(Path scan, int copies, Path dir) throws IOException {
        Files.createDirectories(dir);
        long t = System.nanoTime();
        for (int i = 0; i < copies; i++) {
            Path target = dir.resolve("s" + i + ".pdf");
            try (var in = Files.newInputStream(scan);
                 var out = java.nio.channels.FileChannel.open(target, java.nio.file.StandardOpenOption.CREATE,
                         java.nio.file.StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.write(java.nio.ByteBuffer.wrap(buffer, 0, n));
                }
                out.force(true);
            }
        }
        double s = secs(t);
        deleteTree(dir);
        return s;
    }

    /** Samples the heap in use; the peak includes garbage not yet collected, so it is an upper bound. */
    private static final class HeapSampler extends Thread {
        volatile long peak;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!isInterrupted()) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static void caseFolder(Path scan, int copies) throws IOException {
        StringBuilder materials = new StringBuilder();
        for (int i = 1; i <= copies; i++) {
            String name = i == 1 ? scan.getFileName().toString() : "scanned400-" + i + ".pdf";
            if (i > 1) {
                Files.copy(scan, scan.resolveSibling(name));
            }
            materials.append("  - {title: 调查取证材料第").append(i).append("册, file: ").append(name).append("}\n");
        }
        Files.writeString(scan.resolveSibling("case.yaml"), """
                category: 行政处罚一般程序
                title: 厦门某置业有限公司未按规定修建防空地下室案
                parties: [厦门某置业有限公司]
                department: 执法监督处
                officer: 陈建华、林晓雯
                opened: 2023-03-06
                closed: 2023-06-20
                materials:
                """ + materials, StandardCharsets.UTF_8);
    }

    private static double copyAll(Path scan, int copies, Path dir) throws IOException {
        Files.createDirectories(dir);
        long t = System.nanoTime();
        for (int i = 0; i < copies; i++) {
            Files.copy(scan, dir.resolve("c" + i + ".pdf"), StandardCopyOption.REPLACE_EXISTING);
        }
        double s = secs(t);
        deleteTree(dir);
        return s;
    }

    private static double stamp(Path scan, Path out) throws IOException {
        List<PageNumber> numbers = new PageNumbering(NumberPosition.TOP)
                .number(Collections.nCopies(BlankDetectionCheck.PAGES, PageKind.CONTENT));
        long t = System.nanoTime();
        new NumberStamper().stamp(scan, out, numbers, NumberStamp.DEFAULT, ProgressListener.NONE);
        double s = secs(t);
        Files.delete(out);
        return s;
    }

    private static double blankDetection(Path scan) throws IOException {
        long t = System.nanoTime();
        try (PDDocument doc = ScanOpener.open(scan)) {
            new BlankPageDetector().blankPages(doc, ProgressListener.NONE);
        }
        return secs(t);
    }

    /**
     * A bind as the clerk runs it in the open window: prepare (read, inspect, plan) then write. Each run's case
     * is a folder of its own whose scans are hard links to the same files (a case is bound once), bound into a
     * folder of its own, removed afterwards.
     */
    private static double bind(AppContext app, Path caseDir, Path dir) throws IOException {
        Path runCase = dir.resolve("case");
        Files.createDirectories(runCase);
        try (Stream<Path> files = Files.list(caseDir)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().endsWith(".pdf")) {
                    Files.createLink(runCase.resolve(f.getFileName()), f);
                } else {
                    Files.copy(f, runCase.resolve(f.getFileName()));
                }
            }
        }
        long t = System.nanoTime();
        BindPlan plan = app.bind().prepare(runCase, true, ProgressListener.NONE);
        double prepared = secs(t);
        BindResult r = app.bind().bind(plan, dir.resolve("out"), ProgressListener.NONE);
        double s = secs(t);
        System.out.printf(Locale.ROOT, "  bound %d volumes, %.0f MB: prepare %.2f s + write %.2f s%n",
                r.files().size(), r.files().stream().mapToLong(BindBenchmark::size).sum() / 1e6, prepared,
                s - prepared);
        deleteTree(dir);
        return s;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String fmt(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
