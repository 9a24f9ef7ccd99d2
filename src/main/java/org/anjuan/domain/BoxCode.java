package org.anjuan.domain;

import java.util.Locale;

/**
 * The code that names an archive box on its label and in its barcode: year, category word and box number,
 * e.g. 2023-罚-001. Box numbers run per year and word from 1, like the archive numbers they hold, so the
 * code is unique in the register. The word is Chinese, as in the archive numbers, so the barcode is a
 * QR code (UTF-8), not a Code 128.
 */
public record BoxCode(int year, String word, int number) {

    public BoxCode {
        if (word == null || word.isBlank() || word.contains("-")) {
            throw new IllegalArgumentException("word " + word);
        }
        if (number < 1) {
            throw new IllegalArgumentException("box number " + number);
        }
    }

    /** Reads a code as printed (2023-罚-001); leading zeros are optional. */
    public static BoxCode parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("-", -1);
        if (parts.length == 3 && parts[0].matches("\\d{4}") && !parts[1].isBlank() && parts[2].matches("\\d{1,6}")
                && Integer.parseInt(parts[2]) > 0) {
            return new BoxCode(Integer.parseInt(parts[0]), parts[1].strip(), Integer.parseInt(parts[2]));
        }
        throw new AnjuanException("box.code.invalid", text);
    }

    public String text() {
        return String.format(Locale.ROOT, "%d-%s-%03d", year, word, number);
    }

    @Override
    public String toString() {
        return text();
    }
}
