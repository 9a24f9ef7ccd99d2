package org.anjuan.barcode;

import java.util.BitSet;

/**
 * The dark and light modules of a two-dimensional code, row by row from the top left, quiet zone included, so
 * that whoever draws it needs nothing but squares: module (x, y) is dark when {@link #dark} says so.
 */
public final class ModuleMatrix {

    private final int width;
    private final int height;
    private final BitSet dark;

    ModuleMatrix(int width, int height, BitSet dark) {
        this.width = width;
        this.height = height;
        this.dark = (BitSet) dark.clone();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean dark(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return false;
        }
        return dark.get(y * width + x);
    }
}
