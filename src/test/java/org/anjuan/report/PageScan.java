package org.anjuan.report;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anjuan.barcode.ArchiveCode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A printed page as a scanner sees it: a grey image at some resolution, measured in millimetres. */
final class PageScan {

    private static final int INK = 128;
    private static final int QUIET_ZONE = 4;

    private final BufferedImage image;
    private final double pxPerMm;

    private PageScan(BufferedImage image, int dpi) {
        this.image = image;
        this.pxPerMm = dpi / 25.4;
    }

    /** Page {@code page} (from 1) rendered at {@code dpi}. */
    static PageScan of(PDDocument doc, int page, int dpi) {
        try {
            return new PageScan(new PDFRenderer(doc).renderImageWithDPI(page - 1, dpi, ImageType.GRAY), dpi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The QR code on the page as a desk scanner reads it, and its printed width with the quiet zone, in mm: the
     * finder patterns' centres are the symbol's width less 7 modules apart, and the code's matrix says how many
     * modules that is.
     */
    record Code(String text, double printedMm) {
    }

    Code qr() {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));
            ResultPoint[] finders = result.getResultPoints(); // bottom left, top left, top right
            int printed = ArchiveCode.qr(result.getText()).width();
            double module = ResultPoint.distance(finders[1], finders[2]) / (printed - 2 * QUIET_ZONE - 7);
            return new Code(result.getText(), module * printed / pxPerMm);
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code on the page", e);
        }
    }

    /** The first row from the top of the page with any ink, in mm from the top edge. */
    double firstInkMm() {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (dark(x, y)) {
                    return y / pxPerMm;
                }
            }
        }
        throw new AssertionError("a blank page");
    }

    /**
     * The vertical lines crossing the row {@code mm} from the top, as their centres in mm from the left edge: on a
     * spine page just below the first ink, these are the cut marks above the strips' edges.
     */
    List<Double> linesAcross(double mm) {
        int y = (int) Math.round(mm * pxPerMm);
        List<Double> centres = new ArrayList<>();
        for (int x = 0; x < image.getWidth(); x++) {
            if (dark(x, y)) {
                int start = x;
                while (x < image.getWidth() && dark(x, y)) {
                    x++;
                }
                centres.add((start + x - 1) / 2.0 / pxPerMm);
            }
        }
        return centres;
    }

    private boolean dark(int x, int y) {
        return image.getRaster().getSample(x, y, 0) < INK;
    }
}
