package org.anjuan.barcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Map;

/**
 * The QR code printed on covers for an archive number. An archive number is Chinese (2023年厦国动罚字第01号), which
 * Code 128 cannot carry, so it is a QR code in UTF-8 (announced by an ECI header, which phone and desk scanners
 * read). Error correction M survives a scuffed cover; the quiet zone is the 4 modules the standard asks for.
 */
public final class ArchiveCode {

    private static final int QUIET_ZONE = 4;

    private ArchiveCode() {
    }

    public static ModuleMatrix qr(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("nothing to encode");
        }
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, QUIET_ZONE);
        try {
            // size 0: one pixel per module, the smallest matrix ZXing makes
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
            BitSet dark = new BitSet(m.getWidth() * m.getHeight());
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    dark.set(y * m.getWidth() + x, m.get(x, y));
                }
            }
            return new ModuleMatrix(m.getWidth(), m.getHeight(), dark);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
    }
}
