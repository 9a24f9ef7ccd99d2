package org.anjuan.pdf;

import java.util.Optional;
import java.util.function.BiPredicate;

/** Groups touching ink cells (eight neighbours) into marks, stopping at the first mark that counts. */
final class Marks {

    private Marks() {
    }

    /** A mark's bounding box in cells (right and bottom exclusive) and its number of ink cells. */
    record Mark(int left, int top, int right, int bottom, int cells, double cellMm) {
        int widthCells() {
            return right - left;
        }

        int heightCells() {
            return bottom - top;
        }

        @Override
        public String toString() {
            return String.format("mark of %.1f × %.1f mm at %.0f, %.0f mm (%d cells)", widthCells() * cellMm,
                    heightCells() * cellMm, left * cellMm, top * cellMm, cells);
        }
    }

    static Optional<Mark> find(CellGrid g, boolean[] ink, InkFinder.Region inner, BiPredicate<Mark, CellGrid> counts) {
        boolean[] seen = new boolean[ink.length];
        int[] queue = new int[ink.length];
        for (int row = inner.top(); row < inner.bottom(); row++) {
            for (int col = inner.left(); col < inner.right(); col++) {
                int start = g.index(col, row);
                if (ink[start] && !seen[start]) {
                    Mark m = flood(g, ink, seen, queue, start);
                    if (counts.test(m, g)) {
                        return Optional.of(m);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Mark flood(CellGrid g, boolean[] ink, boolean[] seen, int[] queue, int start) {
        int head = 0;
        int tail = 0;
        queue[tail++] = start;
        seen[start] = true;
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = 0;
        int bottom = 0;
        while (head < tail) {
            int k = queue[head++];
            int col = k % g.cols;
            int row = k / g.cols;
            left = Math.min(left, col);
            right = Math.max(right, col + 1);
            top = Math.min(top, row);
            bottom = Math.max(bottom, row + 1);
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int c = col + dx;
                    int r = row + dy;
                    if (c >= 0 && r >= 0 && c < g.cols && r < g.rows) {
                        int n = g.index(c, r);
                        if (ink[n] && !seen[n]) {
                            seen[n] = true;
                            queue[tail++] = n;
                        }
                    }
                }
            }
        }
        return new Mark(left, top, right, bottom, tail, g.cellMm);
    }
}
