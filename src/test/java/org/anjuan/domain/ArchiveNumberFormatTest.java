package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchiveNumberFormatTest {

    private final ArchiveNumberFormat standard = ArchiveNumberFormat.standard();

    @ParameterizedTest
    @CsvSource({
        "2023, 罚, 1, 2023年厦国动罚字第01号",
        "2023, 检, 9, 2023年厦国动检字第09号",
        "2024, 许, 10, 2024年厦国动许字第10号",
        "2024, 强, 100, 2024年厦国动强字第100号",
        "2025, 征, 1234, 2025年厦国动征字第1234号",
    })
    void formatsTheRegulationsPattern(int year, String word, int seq, String expected) {
        assertThat(standard.number(year, word, seq).text()).isEqualTo(expected);
    }

    @Test
    void parsesBackIntoItsParts() {
        ArchiveNumber n = standard.parse("2023年厦国动罚字第01号");
        assertThat(n.year()).isEqualTo(2023);
        assertThat(n.agency()).isEqualTo("厦国动");
        assertThat(n.word()).isEqualTo("罚");
        assertThat(n.seq()).isEqualTo(1);
    }

    @Property
    void roundTrips(@ForAll @IntRange(min = 1949, max = 2999) int year,
                    @ForAll @IntRange(min = 1, max = 99999) int seq) {
        for (String word : CategoryWords.defaults().asMap().values()) {
            ArchiveNumber n = standard.number(year, word, seq);
            assertThat(standard.parse(n.text())).isEqualTo(n);
        }
    }

    @Test
    void aDistrictOfficeUsesItsOwnShortNameAndPattern() {
        ArchiveNumberFormat district = new ArchiveNumberFormat("{agency}{word}〔{year}〕{seq}号", "思国动", 1);
        ArchiveNumber n = district.number(2023, "罚", 7);
        assertThat(n.text()).isEqualTo("思国动罚〔2023〕7号");
        assertThat(district.parse("思国动罚〔2023〕7号")).isEqualTo(n);
    }

    @ParameterizedTest
    @CsvSource({
        "2023年厦国动罚字第1号, number.parse.digits",
        "2023年厦国动罚字第001号, number.parse.zeros",
        "2023年厦门罚字第01号, number.parse.agency",
        "23年厦国动罚字第01号, number.parse.mismatch",
        "2023年厦国动罚字01号, number.parse.mismatch",
        "2023年厦国动罚字第号, number.parse.mismatch",
        "'', number.parse.mismatch",
    })
    void refusesMalformedNumbersSayingWhatIsWrong(String text, String key) {
        assertThatThrownBy(() -> standard.parse(text))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @Test
    void refusesPatternsWithoutTheEssentialParts() {
        assertThatThrownBy(() -> new ArchiveNumberFormat("{year}年第{seq}号", "厦国动", 2))
                .isInstanceOfSatisfying(AnjuanException.class,
                        e -> assertThat(e.key()).isEqualTo("number.pattern.invalid"));
        assertThatThrownBy(() -> standard.number(2023, "罚", 0))
                .isInstanceOfSatisfying(AnjuanException.class,
                        e -> assertThat(e.key()).isEqualTo("number.seq.invalid"));
    }

    @Test
    void categoryWordsComeFromSettingsAndResolveLabelsOrWords() {
        CategoryWords words = new CategoryWords(java.util.Map.of(Category.OTHER, "综"));
        assertThat(words.wordFor(Category.OTHER)).isEqualTo("综");
        assertThat(words.wordFor(Category.PUNISHMENT_SIMPLE)).isEqualTo("罚");
        assertThat(words.resolve("行政检查")).contains("检");
        assertThat(words.resolve("检")).contains("检");
        assertThat(words.resolve("飞")).isEmpty();
    }
}
