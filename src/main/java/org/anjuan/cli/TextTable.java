package org.anjuan.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal that lines up Chinese text (two columns per character). */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... header) {
        rows.add(header);
    }

    TextTable row(Object... cells) {
        String[] r = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            r[i] = cells[i] == null ? "" : cells[i].toString();
        }
        rows.add(r);
        return this;
    }

    String render() {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] r : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], width(r[c]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            for (int c = 0; c < columns; c++) {
                out.append(r[c]);
                if (c < columns - 1) {
                    out.append(" ".repeat(widths[c] - width(r[c]) + 2));
                }
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    static int width(String s) {
        return s.codePoints().map(TextTable::width).sum();
    }

    private static int width(int cp) {
        boolean wide = cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD));
        return wide ? 2 : 1;
    }
}
