package org.anjuan.domain;

import java.util.List;

/**
 * The pages of one material in one volume: physical pages {@code fromPage} (inclusive) to {@code toPage}
 * (exclusive), 0-based within the material, and the number each takes. A material is only cut when it alone
 * exceeds the volume limit; blank pages travel with the numbered page before them.
 *
 * @param numbers one entry per page in the range; index is the page's position within the range
 */
public record LayoutPart(BindingMaterial material, int fromPage, int toPage, List<PageNumber> numbers,
                         boolean whole) {

    public LayoutPart {
        numbers = List.copyOf(numbers);
    }

    public int firstNumber() {
        return numbers.stream().filter(PageNumber::isNumbered).mapToInt(n -> n.number().getAsInt())
                .min().orElse(0);
    }

    public int lastNumber() {
        return numbers.stream().filter(PageNumber::isNumbered).mapToInt(n -> n.number().getAsInt())
                .max().orElse(0);
    }

    /** 0-based page indices within the material that stay unnumbered (blank scans). */
    public List<Integer> unnumberedPages() {
        return java.util.stream.IntStream.range(0, numbers.size()).filter(i -> !numbers.get(i).isNumbered())
                .map(i -> fromPage + i).boxed().toList();
    }
}
