package org.anjuan.pdf;

import org.apache.pdfbox.pdmodel.PDPage;

/**
 * How to fence a page's content off from a stamp appended after it. Content that saves states it never
 * restores (q without Q) would hand the stamp its last transformation; content that restores more than it
 * saved (a stray Q) would pop a fence that has only one q. So the fence saves one state more than the content
 * ever pops, and closes every state still open at the end.
 *
 * @param saves    q operators to put before the content
 * @param restores Q operators to put after it
 */
record GraphicsDepth(int saves, int restores) {

    static GraphicsDepth of(PDPage page) {
        int[] depth = {0};
        int[] lowest = {0};
        ContentOperators.walk(page, op -> {
            if ("q".equals(op)) {
                depth[0]++;
            } else if ("Q".equals(op)) {
                depth[0]--;
                lowest[0] = Math.min(lowest[0], depth[0]);
            }
            return true;
        });
        int saves = 1 - lowest[0];
        return new GraphicsDepth(saves, saves + depth[0]);
    }
}
