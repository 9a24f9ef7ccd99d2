package org.anjuan.domain;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The page number (页号) of one page of a volume, or none.
 *
 * @param index  0-based position of the page in the volume, counting unnumbered pages too
 * @param number the Arabic numeral written on the page, if it takes one
 * @param corner where the numeral goes; present exactly when there is a number
 */
public record PageNumber(int index, OptionalInt number, Optional<Corner> corner) {

    public PageNumber {
        if (index < 0) {
            throw new IllegalArgumentException("page index must not be negative: " + index);
        }
        if (number.isPresent() != corner.isPresent()) {
            throw new IllegalArgumentException("a page number needs a corner, and only a number does");
        }
        if (number.isPresent() && number.getAsInt() < 1) {
            throw new IllegalArgumentException("page numbers start at 1: " + number.getAsInt());
        }
    }

    static PageNumber numbered(int index, int number, Corner corner) {
        return new PageNumber(index, OptionalInt.of(number), Optional.of(corner));
    }

    static PageNumber unnumbered(int index) {
        return new PageNumber(index, OptionalInt.empty(), Optional.empty());
    }

    public boolean isNumbered() {
        return number.isPresent();
    }

    /** The numeral to print, or "" for a page that is left unnumbered. */
    public String text() {
        return number.isPresent() ? Integer.toString(number.getAsInt()) : "";
    }
}
