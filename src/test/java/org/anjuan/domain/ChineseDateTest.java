package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ChineseDateTest {

    @Test
    void writesDatesAsOnPrintedFormsWithoutLeadingZeros() {
        assertThat(ChineseDate.day(LocalDate.of(2023, 12, 11))).isEqualTo("2023年12月11日");
        assertThat(ChineseDate.day(LocalDate.of(2023, 3, 6))).isEqualTo("2023年3月6日");
        assertThat(ChineseDate.time(LocalDateTime.of(2023, 3, 6, 9, 5))).isEqualTo("2023年3月6日 09:05");
        assertThat(ChineseDate.day(null)).isEmpty();
    }

    @Test
    void aSpanOfDaysIsWrittenFromToOrAsOneDayWhenTheyAreEqual() {
        assertThat(ChineseDate.span(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 11, 20)))
                .isEqualTo("2023年3月1日至2023年11月20日");
        assertThat(ChineseDate.span(LocalDate.of(2023, 11, 20), LocalDate.of(2023, 11, 20)))
                .isEqualTo("2023年11月20日");
    }
}
