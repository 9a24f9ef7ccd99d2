package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PageNumberingProperties {

    @Property
    void numbersAreExactlyStartToStartPlusCountInOrder(
            @ForAll @Size(max = 60) List<PageKind> pages,
            @ForAll @IntRange(min = 1, max = 100_000) int start,
            @ForAll NumberPosition position) {
        List<PageNumber> numbers = new PageNumbering(position).number(pages, start);
        int count = PageNumbering.numberedCount(pages);

        assertThat(numbers).hasSameSizeAs(pages);
        assertThat(numbers.stream().filter(PageNumber::isNumbered).map(p -> p.number().getAsInt()))
                .containsExactlyElementsOf(IntStream.range(start, start + count).boxed().toList());
    }

    @Property
    void exactlyThePagesWithWritingAreNumberedInTheirSidesCorner(
            @ForAll @Size(max = 60) List<PageKind> pages, @ForAll NumberPosition position) {
        List<PageNumber> numbers = new PageNumbering(position).number(pages);

        for (int i = 0; i < pages.size(); i++) {
            PageKind kind = pages.get(i);
            PageNumber number = numbers.get(i);
            assertThat(number.index()).isEqualTo(i);
            assertThat(number.isNumbered()).isEqualTo(kind == PageKind.CONTENT || kind == PageKind.VERSO);
            if (number.isNumbered()) {
                assertThat(number.corner()).contains(kind == PageKind.VERSO ? position.back() : position.front());
            }
        }
    }
}
