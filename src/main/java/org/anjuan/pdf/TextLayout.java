package org.anjuan.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Measures and wraps text in one font. Chinese breaks between any two characters; a run of ASCII letters and
 * digits (a number, "2023", "GB/T") stays on one line unless it alone is wider than the line, though a page range
 * may break after its dash ("111-" / "112"); closing punctuation
 * (，。）〕 ...) never starts a line and opening punctuation (（《〔 ...) never ends one. Characters the font cannot
 * draw become □, so a stray symbol in a title never stops a volume from being bound.
 */
final class TextLayout {

    private static final String CLOSERS = "，。、；：？！）》」』】〕〉”’…–%,.;:?!)]}";
    private static final String OPENERS = "（《「『【〔〈“‘([{";
    private static final String MISSING = "\u25A1";

    private final PDFont font;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    TextLayout(PDFont font) {
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null becomes "", tabs and line ends become spaces, characters without a glyph become □ (or ?). */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) && cp != '\u3000' || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (canDraw(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(canDraw(MISSING.codePointAt(0)) ? MISSING : "?");
            }
        });
        return out.toString();
    }

    /** The lines {@code text} takes in {@code width} points; none for blank text. Line breaks in the text are kept. */
    List<String> wrap(String text, float size, float width) {
        return wrap(text, size, width, "");
    }

    /** As {@link #wrap(String, float, float)}, each paragraph's first line starting with {@code indent} ("　　"). */
    List<String> wrap(String text, float size, float width, String indent) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String paragraph : text.split("\\R")) {
            String clean = printable(paragraph).strip();
            if (!clean.isEmpty()) {
                int first = lines.size();
                fill(units(clean), size, width, width(indent, size), lines);
                lines.set(first, indent + lines.get(first));
            }
        }
        return lines;
    }

    private void fill(List<String> units, float size, float width, float indent, List<String> lines) {
        StringBuilder line = new StringBuilder();
        float limit = width - indent;
        float used = 0;
        for (String unit : units) {
            boolean space = unit.equals(" ");
            if (space && line.length() == 0) {
                continue;
            }
            float w = width(unit, size);
            if (used + w <= limit + 0.01f) {
                line.append(unit);
                used += w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                used = 0;
                limit = width;
            }
            if (space) {
                continue;
            }
            int before = lines.size();
            used = breakInside(unit, size, limit, width, line, lines);
            if (lines.size() > before) {
                limit = width;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString().stripTrailing());
        }
    }

    /** Puts a unit on a fresh line, breaking it at the last character that fits if it alone is wider. */
    private float breakInside(String unit, float size, float limit, float width, StringBuilder line,
                              List<String> lines) {
        float used = 0;
        for (int i = 0; i < unit.length(); ) {
            int cp = unit.codePointAt(i);
            String ch = unit.substring(i, i + Character.charCount(cp));
            float w = width(ch, size);
            if (used + w > limit + 0.01f && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
                limit = width;
            }
            line.append(ch);
            used += w;
            i += ch.length();
        }
        return used;
    }

    /** Splits into unbreakable units: one Chinese character, an ASCII run or a space, with punctuation glued on. */
    private static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        boolean glueNext = false;
        int i = 0;
        while (i < text.length()) {
            int end = i + Character.charCount(text.codePointAt(i));
            if (asciiWord(text.charAt(i))) {
                while (end < text.length() && asciiWord(text.charAt(end)) && text.charAt(end - 1) != '-') {
                    end++;
                }
            }
            String unit = text.substring(i, end);
            i = end;
            boolean space = unit.equals(" ");
            int last = units.size() - 1;
            if (!space && last >= 0 && !units.get(last).equals(" ")
                    && (glueNext || CLOSERS.indexOf(unit.codePointAt(0)) >= 0)) {
                units.set(last, units.get(last) + unit);
            } else {
                units.add(unit);
            }
            glueNext = !space && OPENERS.indexOf(unit.codePointBefore(unit.length())) >= 0;
        }
        return units;
    }

    private static boolean asciiWord(char c) {
        return c > ' ' && c < 0x7F;
    }

    private boolean canDraw(int cp) {
        return drawable.computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
