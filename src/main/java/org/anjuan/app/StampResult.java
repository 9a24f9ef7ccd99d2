package org.anjuan.app;

import java.util.List;
import java.util.OptionalInt;

/**
 * What stamping a scan did.
 *
 * @param pages      pages in the file
 * @param first      the first number stamped, if any page took one
 * @param last       the last number stamped, if any page took one
 * @param blankPages 1-based positions of the pages left unnumbered because they are blank
 */
public record StampResult(int pages, OptionalInt first, OptionalInt last, List<Integer> blankPages) {

    public StampResult {
        blankPages = List.copyOf(blankPages);
    }

    public int numbered() {
        return first.isPresent() ? last.getAsInt() - first.getAsInt() + 1 : 0;
    }
}
