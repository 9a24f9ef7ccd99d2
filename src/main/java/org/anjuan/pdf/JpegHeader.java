package org.anjuan.pdf;

/**
 * The few facts about a JPEG (a DCTDecode image stream) that the blank-page check needs before decoding:
 * its size, its number of colour components, and whether three components are YCbCr or plain RGB.
 * ImageIO's {@code readRaster} returns the components exactly as stored, without a colour conversion
 * (which is what makes it fast), so the caller must know which of the two it gets.
 *
 * @param ycc for three components: true when stored as YCbCr (JFIF, or Adobe transform 1), false for RGB
 */
record JpegHeader(int width, int height, int components, boolean ycc) {

    private static final int SOI = 0xD8;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP14 = 0xEE;

    /** Null when the bytes do not start like a JPEG or end before the frame header. */
    static JpegHeader parse(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != SOI) {
            return null;
        }
        boolean jfif = false;
        int adobeTransform = -1;
        int pos = 2;
        while (pos + 4 <= b.length) {
            if ((b[pos] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++; // fill byte
                continue;
            }
            int length = u16(b, pos + 2);
            int body = pos + 4;
            if (marker == SOS || body + length - 2 > b.length) {
                return null; // image data before any frame header: not a JPEG we can read
            }
            if (marker == APP0 && length >= 7 && startsWith(b, body, "JFIF")) {
                jfif = true;
            } else if (marker == APP14 && length >= 14 && startsWith(b, body, "Adobe")) {
                adobeTransform = b[body + 11] & 0xFF;
            } else if (isFrame(marker) && length >= 8) {
                int components = b[body + 5] & 0xFF;
                return new JpegHeader(u16(b, body + 3), u16(b, body + 1), components,
                        components == 3 && isYcc(jfif, adobeTransform, b, body));
            }
            pos = body + length - 2;
        }
        return null;
    }

    /** The rules libjpeg follows; component ids 'R','G','B' are how some cameras mark plain RGB. */
    private static boolean isYcc(boolean jfif, int adobeTransform, byte[] b, int frame) {
        if (jfif) {
            return true;
        }
        if (adobeTransform >= 0) {
            return adobeTransform != 0;
        }
        int first = frame + 6;
        return !(b.length > first + 6 && b[first] == 'R' && b[first + 3] == 'G' && b[first + 6] == 'B');
    }

    /** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static boolean startsWith(byte[] b, int pos, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (b[pos + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int pos) {
        return (b[pos] & 0xFF) << 8 | b[pos + 1] & 0xFF;
    }
}
