package org.anjuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpineTextTest {

    @Test
    void aColumnHasOneCharacterALineAndKeepsDigitsTogether() {
        assertThat(SpineText.column("2023年厦国动罚字第01号").split("\n"))
                .containsExactly("2023", "年", "厦", "国", "动", "罚", "字", "第", "01", "号");
        assertThat(SpineText.column("行政处罚、行政许可").split("\n"))
                .containsExactly("行", "政", "处", "罚", "、", "行", "政", "许", "可");
        assertThat(SpineText.column("30年")).isEqualTo("30\n年");
    }

    @Test
    void spacesDoNotBecomeEmptyLinesAndSeparateRuns() {
        assertThat(SpineText.column(" 永　久 ")).isEqualTo("永\n久");
        assertThat(SpineText.column("12 34")).isEqualTo("12\n34");
        assertThat(SpineText.column(null)).isNull();
    }

    @Test
    void anArchiveNumberBreaksAfterItsYearAndItsWord() {
        assertThat(SpineText.numberLines("2023年厦国动罚字第01号")).isEqualTo("2023年\n厦国动罚字\n第01号");
        assertThat(SpineText.numberLines("2024年厦国动执字第1234号")).isEqualTo("2024年\n厦国动执字\n第1234号");
        // another pattern keeps what it has: the template wraps it
        assertThat(SpineText.numberLines("许-2023-7")).isEqualTo("许-2023-7");
        assertThat(SpineText.numberLines("2023年")).isEqualTo("2023年");
    }
}
