package org.anjuan.domain;

import static org.anjuan.domain.Corner.BOTTOM_LEFT;
import static org.anjuan.domain.Corner.BOTTOM_RIGHT;
import static org.anjuan.domain.Corner.TOP_LEFT;
import static org.anjuan.domain.Corner.TOP_RIGHT;
import static org.anjuan.domain.PageKind.BACK_COVER;
import static org.anjuan.domain.PageKind.BACK_SHEET;
import static org.anjuan.domain.PageKind.BLANK;
import static org.anjuan.domain.PageKind.CONTENT;
import static org.anjuan.domain.PageKind.COVER;
import static org.anjuan.domain.PageKind.DIRECTORY;
import static org.anjuan.domain.PageKind.VERSO;
import static org.anjuan.domain.PageKind.VERSO_BLANK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageNumberingTest {

    /** cover, directory, 3 content, blank, verso, content, back sheet, back cover. */
    private static final List<PageKind> VOLUME = List.of(
            COVER, DIRECTORY, CONTENT, CONTENT, CONTENT, BLANK, VERSO, CONTENT, BACK_SHEET, BACK_COVER);

    static Stream<Arguments> realisticVolume() {
        return Stream.of(
                page(0, null, null, null),
                page(1, null, null, null),
                page(2, 1, TOP_RIGHT, BOTTOM_RIGHT),
                page(3, 2, TOP_RIGHT, BOTTOM_RIGHT),
                page(4, 3, TOP_RIGHT, BOTTOM_RIGHT),
                page(5, null, null, null),
                page(6, 4, TOP_LEFT, BOTTOM_LEFT),
                page(7, 5, TOP_RIGHT, BOTTOM_RIGHT),
                page(8, null, null, null),
                page(9, null, null, null));
    }

    private static Arguments page(int index, Integer number, Corner top, Corner bottom) {
        return Arguments.of(index, number, top, bottom);
    }

    @ParameterizedTest(name = "page {0}: number {1}, {2} / {3}")
    @MethodSource("realisticVolume")
    void numbersEveryPageOfARealisticVolume(int index, Integer number, Corner top, Corner bottom) {
        PageNumber atTop = new PageNumbering(NumberPosition.TOP).number(VOLUME).get(index);
        PageNumber atBottom = new PageNumbering(NumberPosition.BOTTOM).number(VOLUME).get(index);

        assertThat(atTop.index()).isEqualTo(index);
        assertThat(atTop.number()).isEqualTo(number == null ? OptionalInt.empty() : OptionalInt.of(number));
        assertThat(atTop.corner()).isEqualTo(Optional.ofNullable(top));
        assertThat(atTop.text()).isEqualTo(number == null ? "" : number.toString());
        assertThat(atTop.isNumbered()).isEqualTo(number != null);
        assertThat(atBottom.number()).isEqualTo(atTop.number());
        assertThat(atBottom.corner()).isEqualTo(Optional.ofNullable(bottom));
    }

    @ParameterizedTest
    @EnumSource(value = PageKind.class, names = {"COVER", "DIRECTORY", "BLANK", "VERSO_BLANK", "BACK_SHEET", "BACK_COVER"})
    void pagesWithoutWritingAndTheVolumesOwnFormsTakeNoNumber(PageKind kind) {
        PageNumber only = new PageNumbering(NumberPosition.TOP).number(List.of(kind)).get(0);

        assertThat(only.isNumbered()).isFalse();
        assertThat(only.corner()).isEmpty();
        assertThat(only.text()).isEmpty();
    }

    @Test
    void aSecondPortionContinuesFromTheGivenStart() {
        List<PageNumber> numbers = new PageNumbering(NumberPosition.TOP)
                .number(List.of(CONTENT, VERSO, VERSO_BLANK, CONTENT, BACK_SHEET), 121);

        assertThat(numbers).extracting(PageNumber::text).containsExactly("121", "122", "", "123", "");
        assertThat(numbers).extracting(PageNumber::corner).containsExactly(
                Optional.of(TOP_RIGHT), Optional.of(TOP_LEFT), Optional.empty(), Optional.of(TOP_RIGHT),
                Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void refusesAStartBelowOne(int start) {
        PageNumbering numbering = new PageNumbering(NumberPosition.TOP);

        assertThatThrownBy(() -> numbering.number(VOLUME, start))
                .isInstanceOfSatisfying(AnjuanException.class, e -> {
                    assertThat(e.key()).isEqualTo("numbering.start.invalid");
                    assertThat(e.args()).containsExactly(Integer.toString(start));
                });
    }

    @Test
    void anEmptyVolumeHasNoNumbers() {
        assertThat(new PageNumbering(NumberPosition.TOP).number(List.of())).isEmpty();
        assertThat(PageNumbering.numberedCount(List.of())).isZero();
    }

    @Test
    void countsOnlyTheNumberedPages() {
        assertThat(PageNumbering.numberedCount(VOLUME)).isEqualTo(5);
    }

    @Test
    void indexesCountEveryPage() {
        assertThat(new PageNumbering(NumberPosition.BOTTOM).number(VOLUME))
                .extracting(PageNumber::index)
                .containsExactlyElementsOf(IntStream.range(0, VOLUME.size()).boxed().toList());
    }

    @Test
    void aNumberWithoutACornerIsRejected() {
        assertThatThrownBy(() -> new PageNumber(0, OptionalInt.of(1), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageNumber(0, OptionalInt.empty(), Optional.of(TOP_RIGHT)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
