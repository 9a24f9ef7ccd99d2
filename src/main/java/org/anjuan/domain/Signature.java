package org.anjuan.domain;

import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * The visitor's signature on an entry, a PNG image drawn on the workstation, and when it was made. Kept with the
 * entry, printed on the register page, and never replaced.
 */
public record Signature(byte[] png, LocalDateTime at) {

    /** The eight bytes every PNG file starts with. */
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    public Signature {
        if (!isPng(png) || at == null) {
            throw new IllegalArgumentException("a signature is a PNG image with its time");
        }
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    public static boolean isPng(byte[] bytes) {
        return bytes != null && bytes.length > PNG_MAGIC.length
                && Arrays.equals(bytes, 0, PNG_MAGIC.length, PNG_MAGIC, 0, PNG_MAGIC.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && Arrays.equals(png, s.png) && at.equals(s.at);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(png) + at.hashCode();
    }

    @Override
    public String toString() {
        return "Signature[" + png.length + " bytes PNG, " + at + "]";
    }
}
