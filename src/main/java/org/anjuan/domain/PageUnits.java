package org.anjuan.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The case's materials as the pieces the volume planner may not cut: a material that fits in a volume is
 * one piece; a material longer than the limit may be cut anywhere (第七条), so each of its pages is a piece.
 */
final class PageUnits {

    private final int[] material;
    private final int[] firstPage;
    private final int[] materialPages;
    /** prefix[i] = pages before unit i; strictly increasing, prefix[count()] = all pages. */
    private final int[] prefix;

    PageUnits(List<Integer> pages, int limit) {
        long units = pages.stream().mapToLong(p -> p > limit ? p : 1).sum();
        material = new int[Math.toIntExact(units)];
        firstPage = new int[material.length];
        prefix = new int[material.length + 1];
        materialPages = pages.stream().mapToInt(Integer::intValue).toArray();
        int u = 0;
        for (int m = 0; m < materialPages.length; m++) {
            int pieceSize = materialPages[m] > limit ? 1 : materialPages[m];
            for (int page = 1; page <= materialPages[m]; page += pieceSize, u++) {
                material[u] = m;
                firstPage[u] = page;
                prefix[u + 1] = Math.addExact(prefix[u], pieceSize);
            }
        }
    }

    int count() {
        return material.length;
    }

    int[] prefix() {
        return prefix;
    }

    int pagesBetween(int from, int to) {
        return prefix[to] - prefix[from];
    }

    /** The material parts made of units from (inclusive) to (exclusive): runs of one material merge. */
    List<MaterialPart> parts(int from, int to) {
        List<MaterialPart> parts = new ArrayList<>();
        int start = from;
        for (int u = from + 1; u <= to; u++) {
            if (u == to || material[u] != material[start]) {
                int m = material[start];
                int last = firstPage[start] + pagesBetween(start, u) - 1;
                parts.add(new MaterialPart(m, firstPage[start], last,
                        firstPage[start] == 1 && last == materialPages[m]));
                start = u;
            }
        }
        return parts;
    }
}
