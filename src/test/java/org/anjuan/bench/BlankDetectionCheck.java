package org.anjuan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.anjuan.domain.ProgressListener;
import org.anjuan.pdf.BlankPageDetector;
import org.anjuan.pdf.ScanImagePainter;
import org.anjuan.pdf.ScanOpener;
import org.anjuan.pdf.ScanPdfs;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A quick speed check of blank-page detection, not a test: writes a 400-page scanned case like the
 * benchmark's (200 dpi colour JPEG, six blank sheets, one faint one, an A3, an A5 and a Letter page), then
 * times detection against copying the file's bytes in the same run.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) org.anjuan.bench.BlankDetectionCheck [PDF]</pre>
 * With a PDF argument that exists, that file is used instead of writing a new one.
 */
public final class BlankDetectionCheck {

    static final int PAGES = 400;
    static final Set<Integer> BLANK = Set.of(9, 77, 150, 201, 313, 398);
    static final int FAINT = 250;

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("anjuan-blank-check");
        Path pdf = args.length > 0 ? Path.of(args[0]) : dir.resolve("scanned400.pdf");
        boolean generated = !Files.exists(pdf);
        if (generated) {
            long t = System.nanoTime();
            write(pdf);
            System.out.printf("wrote %s: %.1f MB in %.0f s%n", pdf, Files.size(pdf) / 1e6, seconds(t));
        }
        Path copy = dir.resolve("copy.pdf");
        List<Double> copies = new ArrayList<>();
        List<Double> detections = new ArrayList<>();
        boolean[] blank = null;
        for (int run = 0; run < 3; run++) {
            long t = System.nanoTime();
            Files.copy(pdf, copy, StandardCopyOption.REPLACE_EXISTING);
            copies.add(seconds(t));
            Files.delete(copy);
            t = System.nanoTime();
            try (PDDocument doc = ScanOpener.open(pdf)) {
                blank = new BlankPageDetector().blankPages(doc, ProgressListener.NONE);
            }
            detections.add(seconds(t));
        }
        boolean[] last = blank;
        int[] found = IntStream.range(0, last.length).filter(i -> last[i]).map(i -> i + 1).toArray();
        double copyS = median(copies);
        double detectS = median(detections);
        System.out.printf("file %.1f MB, %d pages; blank pages found %s%n", Files.size(pdf) / 1e6, last.length,
                Arrays.toString(found));
        if (generated) {
            System.out.printf("expected %s; faint page %d %s%n", BLANK.stream().sorted().toList(), FAINT,
                    last[FAINT - 1] ? "WRONGLY BLANK" : "not blank");
        }
        System.out.printf("copy %.2f s, blank detection %.2f s (runs %s), ratio %.1f x copy%n",
                copyS, detectS, detections, detectS / copyS);
        Files.deleteIfExists(dir.resolve("scanned400.pdf"));
        Files.deleteIfExists(dir);
    }

    static void write(Path pdf) throws IOException {
        SplittableRandom random = new SplittableRandom(1);
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            for (int p = 1; p <= PAGES; p++) {
                double w = p == 57 ? 420 : p == 143 ? 148 : p == 288 ? 215.9 : 210;
                double h = p == 57 ? 297 : p == 143 ? 210 : p == 288 ? 279.4 : 297;
                ScanImagePainter painter = new ScanImagePainter(p, w, h, 200, BLANK.contains(p) ? 246 : 243)
                        .dust(2 + random.nextInt(4));
                if (p == FAINT) {
                    painter.edgeShadow().punchHoles().faintLine(190);
                } else if (!BLANK.contains(p)) {
                    painter.edgeShadow().punchHoles().textLines(0.55 + 0.45 * random.nextDouble());
                    if (p % 5 == 3) {
                        painter.seal();
                    }
                }
                ScanPdfs.addScan(doc, painter.jpeg(0.5f, false), w, h);
                if (p % 50 == 0) {
                    System.out.println("page " + p + "/" + PAGES);
                }
            }
            doc.save(pdf.toFile());
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
