package org.anjuan.domain;

import java.util.List;
import java.util.OptionalInt;

/**
 * Finds the template entry a material title names. The most specific keyword wins:
 * <ol>
 * <li>words outside brackets beat words inside: 送达回证（处罚决定书） is a 送达回证, because brackets
 * only qualify the title; a title wholly in brackets (a self-written [题名]) is still read;</li>
 * <li>the keyword that ends last wins, because a Chinese title ends with what the document is:
 * 处罚决定书送达回证 is a 送达回证;</li>
 * <li>among keywords ending at the same place the longest wins: 查封扣押决定书 over 决定书;</li>
 * <li>then the earlier template position.</li>
 * </ol>
 * Spaces and the separators 、，,·/ are ignored on both sides, so 查封、扣押决定书 matches 查封扣押决定书.
 */
final class TitleMatch {

    private TitleMatch() {
    }

    static OptionalInt position(List<TemplateEntry> entries, String title) {
        if (title == null) {
            return OptionalInt.empty();
        }
        OptionalInt outside = bestIn(entries, normalize(withoutQualifiers(title)));
        return outside.isPresent() ? outside : bestIn(entries, normalize(title));
    }

    private static OptionalInt bestIn(List<TemplateEntry> entries, String text) {
        int bestPosition = 0;
        int bestEnd = -1;
        int bestLength = 0;
        for (TemplateEntry entry : entries) {
            for (String keyword : entry.keywords()) {
                String word = normalize(keyword);
                int at = word.isEmpty() ? -1 : text.lastIndexOf(word);
                int end = at + word.length();
                boolean better = end > bestEnd || end == bestEnd && word.length() > bestLength;
                if (at >= 0 && better) {
                    bestPosition = entry.position();
                    bestEnd = end;
                    bestLength = word.length();
                }
            }
        }
        return bestEnd < 0 ? OptionalInt.empty() : OptionalInt.of(bestPosition);
    }

    /** The title with bracketed qualifiers removed: 送达回证（处罚决定书） → 送达回证. */
    static String withoutQualifiers(String title) {
        StringBuilder kept = new StringBuilder(title.length());
        int depth = 0;
        for (char c : title.toCharArray()) {
            if ("（(【".indexOf(c) >= 0) {
                depth++;
            } else if ("）)】".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static String normalize(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (!Character.isWhitespace(c) && "、，,·/／（）()【】[]［］".indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
