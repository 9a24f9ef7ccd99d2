package org.anjuan.report;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The 案卷题名 set on the cover's three ruled lines: in 14 pt when it fits, else in the largest size down to 9 pt that
 * keeps it within three lines. The lines are broken here, with the font and the measuring JasperReports uses, because
 * a template cannot make wrapped lines fall on rules printed at a fixed pitch. A title too long even at 9 pt keeps
 * its rest on the third line, which the template shrinks further to fit: nothing is cut.
 */
final class CoverTitle {

    static final int LINES = 3;
    private static final float LARGEST = 14;
    private static final float SMALLEST = 9;
    /** The title fields' width less their 4 pt padding, and a point to spare for rounding. */
    private static final float WIDTH = 331 - 4 - 1;
    /** As JasperReports measures text: anti-aliased, fractional metrics. */
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private final List<String> lines;
    private final float size;

    private CoverTitle(List<String> lines, float size) {
        this.lines = lines;
        this.size = size;
    }

    static CoverTitle of(String title) {
        String text = title == null ? "" : title.replace('\n', ' ').strip();
        List<String> lines = List.of();
        float size = LARGEST;
        for (; size >= SMALLEST; size -= 0.5f) {
            lines = lines(text, size);
            if (lines.size() <= LINES) {
                break;
            }
        }
        size = Math.max(size, SMALLEST);
        if (lines.size() > LINES) {
            List<String> kept = new ArrayList<>(lines.subList(0, LINES - 1));
            kept.add(String.join("", lines.subList(LINES - 1, lines.size())));
            lines = kept;
        }
        return new CoverTitle(lines, size);
    }

    /** Line {@code i} (from 0), empty when the title is shorter. */
    String line(int i) {
        return i < lines.size() ? lines.get(i) : "";
    }

    float size() {
        return size;
    }

    private static List<String> lines(String text, float size) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        Font font = FormText.font().deriveFont(size);
        AttributedString styled = new AttributedString(text, Map.of(TextAttribute.FONT, font));
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), MEASURE);
        while (measurer.getPosition() < text.length()) {
            int start = measurer.getPosition();
            int end = measurer.nextOffset(WIDTH);
            measurer.setPosition(end);
            lines.add(text.substring(start, end).strip());
        }
        return lines;
    }
}
