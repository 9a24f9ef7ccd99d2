package org.anjuan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Numbers the pages of a volume (编页号, 第五条): consecutive Arabic numerals, no gaps or repeats. Cover,
 * back cover, directory, back sheet and pages without writing take no number; backs of double-sided
 * sheets with writing do, in the mirrored corner (standards.md §7).
 */
public final class PageNumbering {

    private final NumberPosition position;

    public PageNumbering(NumberPosition position) {
        this.position = Objects.requireNonNull(position, "position");
    }

    /** Numbers a whole volume: each volume starts again at 1. */
    public List<PageNumber> number(List<PageKind> pages) {
        return number(pages, 1);
    }

    /**
     * Numbers a run of pages starting at {@code start}, for a portion that continues a volume already
     * partly numbered.
     */
    public List<PageNumber> number(List<PageKind> pages, int start) {
        if (start < 1) {
            throw new AnjuanException("numbering.start.invalid", Integer.toString(start));
        }
        List<PageNumber> numbers = new ArrayList<>(pages.size());
        int next = start;
        for (int i = 0; i < pages.size(); i++) {
            PageKind kind = Objects.requireNonNull(pages.get(i), "page kind");
            numbers.add(kind.isNumbered()
                    ? PageNumber.numbered(i, next++, position.cornerFor(kind))
                    : PageNumber.unnumbered(i));
        }
        return List.copyOf(numbers);
    }

    /** How many of these pages take a number: the volume's page count on its cover and back sheet. */
    public static int numberedCount(List<PageKind> pages) {
        return (int) pages.stream().filter(PageKind::isNumbered).count();
    }
}
