package org.anjuan.pdf;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A speed check, not a test: the CPU time of judging the scans blank-page detection must decode, through
 * ImageIO (decode, cells, ink) against {@link JpegCells} (cells, ink), measured in the same process,
 * alternating, medians over many rounds.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench-cp.txt) org.anjuan.pdf.DecodedPageTiming
 *     PDF [page...]</pre>
 * Without pages, the benchmark scan's seven decoded pages (six blank, one faint) are timed.
 */
public final class DecodedPageTiming {

    private static final int ROUNDS = 40;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private DecodedPageTiming() {
    }

    public static void main(String[] args) throws IOException {
        int[] pages = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {9, 77, 150, 201, 250, 313, 398};
        List<byte[]> jpegs = new ArrayList<>();
        List<Double> ppms = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
            for (int p : pages) {
                PDPage page = doc.getPage(p - 1);
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        try (InputStream in = image.getCOSObject().createRawInputStream()) {
                            jpegs.add(in.readAllBytes());
                        }
                        // as ScanImage measures it, for a scan covering the page
                        double x = image.getWidth() / (page.getMediaBox().getWidth() / ScanPdfs.POINTS_PER_MM);
                        double y = image.getHeight() / (page.getMediaBox().getHeight() / ScanPdfs.POINTS_PER_MM);
                        ppms.add(Math.sqrt(x * y));
                    }
                }
            }
        }
        double[][] imageIo = new double[jpegs.size()][ROUNDS];
        double[][] direct = new double[jpegs.size()][ROUNDS];
        double[][] cellsOnly = new double[jpegs.size()][ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            for (int i = 0; i < jpegs.size(); i++) {
                byte[] jpeg = jpegs.get(i);
                double ppm = ppms.get(i);
                JpegHeader h = JpegHeader.parse(jpeg);
                long t = CPU.getCurrentThreadCpuTime();
                InkFinder.Verdict old = new InkFinder().find(ScanJudge.decode(jpeg, h, ppm));
                imageIo[i][r] = ms(t);
                t = CPU.getCurrentThreadCpuTime();
                CellGrid cells = JpegCells.read(jpeg, h.ycc(), CellGrid.cellPixels(ppm), ppm);
                cellsOnly[i][r] = ms(t);
                InkFinder.Verdict now = new InkFinder().find(cells);
                direct[i][r] = ms(t);
                if (r == 0) {
                    System.out.printf("page %d: %s / %s%n", pages[i], old, now);
                }
            }
        }
        System.out.println("page  ImageIO path ms  JpegCells path ms  (of which JpegCells.read ms)");
        double[] sums = new double[3];
        for (int i = 0; i < jpegs.size(); i++) {
            double a = median(imageIo[i]);
            double b = median(direct[i]);
            double c = median(cellsOnly[i]);
            sums[0] += a;
            sums[1] += b;
            sums[2] += c;
            System.out.printf("%4d  %15.2f  %17.2f  %8.2f%n", pages[i], a, b, c);
        }
        System.out.printf("all   %15.2f  %17.2f  %8.2f   ratio %.2f%n", sums[0], sums[1], sums[2], sums[1] / sums[0]);
    }

    private static double ms(long start) {
        return (CPU.getCurrentThreadCpuTime() - start) / 1e6;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
