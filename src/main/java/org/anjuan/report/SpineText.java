package org.anjuan.report;

import java.util.HashMap;
import java.util.Map;
import org.anjuan.domain.BoxLabel;

/**
 * Text set on a box spine (盒脊), where the column is narrow and Chinese is written top to bottom. The line breaks
 * are made here, so that a template only has to centre the lines and shrink them when there are too many.
 */
final class SpineText {

    private SpineText() {
    }

    /** A label's values as a spine template reads them: the record's components and the texts set for the spine. */
    static Map<String, Object> parameters(BoxLabel label) {
        Map<String, Object> values = new HashMap<>(RecordSource.parameters(label));
        values.put("categoryColumn", column((String) values.get("category")));
        values.put("retentionColumn", column((String) values.get("retention")));
        values.put("firstNumberColumn", column((String) values.get("firstNumber")));
        values.put("lastNumberColumn", column((String) values.get("lastNumber")));
        values.put("firstNumberLines", numberLines((String) values.get("firstNumber")));
        values.put("lastNumberLines", numberLines((String) values.get("lastNumber")));
        return values;
    }

    /**
     * Written top to bottom: one character a line, except that a run of digits or Latin letters stays on one line,
     * across, as vertical Chinese sets 2023 and 01 — "2023年…第01号" becomes 2023 / 年 / … / 第 / 01 / 号. White
     * space is dropped: in a column it would only be an empty line.
     */
    static String column(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() * 2);
        boolean inRun = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == '\u3000') {
                inRun = false;
                continue;
            }
            boolean across = cp < 0x2E80 && Character.isLetterOrDigit(cp);
            if (!out.isEmpty() && !(across && inRun)) {
                out.append('\n');
            }
            out.appendCodePoint(cp);
            inRun = across;
        }
        return out.toString();
    }

    /**
     * An archive number on three short lines, broken where its parts meet: after 年 and after 字 —
     * 2023年 / 厦国动罚字 / 第01号. A number of another pattern keeps the breaks it has, and the template wraps it.
     */
    static String numberLines(String number) {
        if (number == null) {
            return null;
        }
        String text = number.strip();
        StringBuilder out = new StringBuilder(text.length() + 2);
        boolean afterYear = false;
        boolean afterWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            boolean more = i + 1 < text.length();
            if (more && c == '年' && !afterYear) {
                out.append('\n');
                afterYear = true;
            } else if (more && c == '字' && afterYear && !afterWord) {
                out.append('\n');
                afterWord = true;
            }
        }
        return out.toString();
    }
}
