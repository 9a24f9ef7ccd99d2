package org.anjuan.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.anjuan.domain.NumberPosition;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.PageNumber;
import org.anjuan.domain.PageNumbering;
import org.anjuan.domain.ProgressListener;
import org.anjuan.pdf.NumberStamp;
import org.anjuan.pdf.NumberStamper;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A quick speed check, not a test: stamps page numbers onto a ~100 MB scan of large JPEG pages and compares
 * the time with copying the same file in the same run. Stamping should cost no more than 1.5 copies.
 * Run: java -cp target/test-classes:target/classes:$(cat cp.txt) org.anjuan.bench.StampCheck [MB [PAGES]]
 * Without PAGES every page is an A4 200 dpi noise JPEG (~1.7 MB); with PAGES the JPEGs shrink to share MB.
 * Set -Dkeep=DIR to keep the generated scan there.
 */
public final class StampCheck {

    /** The first rounds warm up the JIT and the page cache; they are printed but not counted. */
    private static final int WARM_UP = 5;
    private static final int ROUNDS = Integer.getInteger("rounds", 15);

    private StampCheck() {
    }

    public static void main(String[] args) throws IOException {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path dir = Files.createTempDirectory("stamp-check");
        try {
            Path scan = dir.resolve("scan.pdf");
            byte[] jpeg = noiseJpeg(1654, 2339); // A4 at 200 dpi
            if (args.length > 1) {
                double shrink = Math.sqrt((double) megabytes * 1_000_000 / Integer.parseInt(args[1]) / jpeg.length);
                jpeg = noiseJpeg((int) (1654 * shrink), (int) (2339 * shrink));
            }
            int pages = args.length > 1 ? Integer.parseInt(args[1])
                    : Math.max(1, (int) ((long) megabytes * 1_000_000 / jpeg.length));
            writeScan(scan, jpeg, pages);
            List<PageNumber> numbers = new PageNumbering(NumberPosition.TOP)
                    .number(java.util.Collections.nCopies(pages, PageKind.CONTENT));
            System.out.printf(Locale.ROOT, "scan: %d pages, %.1f MB%n", pages, Files.size(scan) / 1e6);

            long[] copy = new long[ROUNDS];
            long[] stamp = new long[ROUNDS];
            for (int r = -WARM_UP; r < ROUNDS; r++) { // alternate, so both see the same cache state
                int round = Math.max(r, 0);
                Path copied = dir.resolve("copy.pdf");
                Path stamped = dir.resolve("stamped.pdf");
                long t0 = System.nanoTime();
                Files.copy(scan, copied, StandardCopyOption.REPLACE_EXISTING);
                long t1 = System.nanoTime();
                new NumberStamper().stamp(scan, stamped, numbers, NumberStamp.DEFAULT, ProgressListener.NONE);
                long t2 = System.nanoTime();
                copy[round] = t1 - t0;
                stamp[round] = t2 - t1;
                System.out.printf(Locale.ROOT, "%s %d: copy %.3f s, stamp %.3f s (+%d bytes)%n",
                        r < 0 ? "warm-up" : "round", r < 0 ? r + WARM_UP + 1 : r + 1,
                        copy[round] / 1e9, stamp[round] / 1e9, Files.size(stamped) - Files.size(scan));
                Files.delete(copied);
                Files.delete(stamped);
            }
            double copyMedian = median(copy);
            double stampMedian = median(stamp);
            System.out.printf(Locale.ROOT, "median: copy %.3f s, stamp %.3f s, ratio %.2f (target <= 1.5)%n",
                    copyMedian / 1e9, stampMedian / 1e9, stampMedian / copyMedian);
            if (System.getProperty("keep") != null) {
                Files.copy(scan, Path.of(System.getProperty("keep")).resolve("scan.pdf"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static double median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void writeScan(Path file, byte[] jpeg, int pages) throws IOException {
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            List<PDImageXObject> images = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject image = JPEGFactory.createFromByteArray(document, jpeg);
                images.add(image);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            document.save(file.toFile());
        }
    }

    private static byte[] noiseJpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(1);
        byte[] pixels = new byte[width];
        for (int y = 0; y < height; y++) {
            random.nextBytes(pixels);
            image.getRaster().setDataElements(0, y, width, 1, pixels);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.5f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
