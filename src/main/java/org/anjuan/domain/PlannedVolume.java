package org.anjuan.domain;

import java.util.List;

/**
 * One volume (卷) of a case as planned: its materials, in order, and how many numbered pages it holds.
 *
 * @param number 1-based volume number, "第 number 卷"
 */
public record PlannedVolume(int number, List<MaterialPart> parts, int numberedPages) {

    public PlannedVolume {
        parts = List.copyOf(parts);
        if (number < 1 || parts.isEmpty()) {
            throw new IllegalArgumentException("a volume has a number from 1 and at least one material part");
        }
        if (numberedPages != parts.stream().mapToInt(MaterialPart::pages).sum()) {
            throw new IllegalArgumentException("numbered pages must equal the parts' pages");
        }
    }
}
