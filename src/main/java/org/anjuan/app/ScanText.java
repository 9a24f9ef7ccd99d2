package org.anjuan.app;

/**
 * The text a keyboard-wedge scanner typed into a field, made into an archive number: the scanner ends with Enter
 * (and some add a tab or a prefix of control characters); a byte-order mark or zero-width characters may come
 * along from the QR code's UTF-8. All of these, and surrounding blanks, are dropped.
 */
final class ScanText {

    private ScanText() {
    }

    static String clean(String scanned) {
        if (scanned == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(scanned.length());
        scanned.codePoints().filter(cp -> !Character.isISOControl(cp) && cp != 0xFEFF && cp != 0x200B
                && cp != 0x200C && cp != 0x200D).forEach(b::appendCodePoint);
        return b.toString().strip();
    }
}
