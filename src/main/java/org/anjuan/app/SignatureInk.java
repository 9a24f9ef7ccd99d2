package org.anjuan.app;

import java.awt.image.BufferedImage;

/** Whether a drawn signature has any ink: some pixels clearly darker than paper and not transparent. */
final class SignatureInk {

    /** Fewer dark pixels than this is a stray click, not a signature. */
    static final int MIN_PIXELS = 20;

    private SignatureInk() {
    }

    static boolean hasInk(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                if (alpha > 128 && (r + g + b) / 3 < 160 && ++dark >= MIN_PIXELS) {
                    return true;
                }
            }
        }
        return false;
    }
}
