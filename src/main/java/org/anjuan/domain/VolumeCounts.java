package org.anjuan.domain;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * For every cut point between units: the fewest and the most volumes that can hold everything after it
 * when each volume holds between {@code least} and {@code most} pages (contiguous, units uncut).
 * Every count in between is then possible too (for positive sizes the possible counts form an interval,
 * checked against exhaustive search in the tests), so two numbers per cut point answer
 * "can the rest fill exactly r volumes?" in O(1). Built in linear time with sliding-window minima.
 */
final class VolumeCounts {

    private static final int NONE = -1;

    private final int[] fewest;
    private final int[] most;

    VolumeCounts(int[] prefix, int least, int most) {
        int n = prefix.length - 1;
        this.fewest = new int[n + 1];
        this.most = new int[n + 1];
        Arrays.fill(fewest, NONE);
        Arrays.fill(this.most, NONE);
        fewest[n] = 0;
        this.most[n] = 0;
        // candidate next cut points, oldest (furthest) first; kept monotone so the best is at the front
        ArrayDeque<Integer> byFewest = new ArrayDeque<>();
        ArrayDeque<Integer> byMost = new ArrayDeque<>();
        int next = n;
        for (int p = n - 1; p >= 0; p--) {
            for (; next > p && prefix[next] - prefix[p] >= least; next--) {
                if (fewest[next] != NONE) {
                    while (!byFewest.isEmpty() && fewest[byFewest.peekLast()] >= fewest[next]) {
                        byFewest.pollLast();
                    }
                    byFewest.addLast(next);
                    while (!byMost.isEmpty() && this.most[byMost.peekLast()] <= this.most[next]) {
                        byMost.pollLast();
                    }
                    byMost.addLast(next);
                }
            }
            dropTooFar(byFewest, prefix, p, most);
            dropTooFar(byMost, prefix, p, most);
            if (!byFewest.isEmpty()) {
                fewest[p] = fewest[byFewest.peekFirst()] + 1;
                this.most[p] = this.most[byMost.peekFirst()] + 1;
            }
        }
    }

    private static void dropTooFar(ArrayDeque<Integer> window, int[] prefix, int p, int most) {
        while (!window.isEmpty() && prefix[window.peekFirst()] - prefix[p] > most) {
            window.pollFirst();
        }
    }

    /** Whether the units after cut point {@code from} can fill exactly {@code volumes} volumes. */
    boolean allows(int from, int volumes) {
        return fewest[from] != NONE && fewest[from] <= volumes && volumes <= most[from];
    }

    int fewestFrom(int from) {
        return fewest[from];
    }
}
