package org.anjuan.domain;

import static org.anjuan.domain.BoxVolumes.volume;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Retention counted from 1 January after the archive year; 永久 never ends; due on or before a day. */
class RetentionExpiryTest {

    @ParameterizedTest(name = "{0} {1} → {2} to {3}")
    @CsvSource(delimiter = ';', value = {
        "2023; 10年; 2024-01-01; 2033-12-31",
        "2023; 30年; 2024-01-01; 2053-12-31",
        "2023; 永久; 2024-01-01;           ",
        // a leap archive year and a period ending in a leap year still end on 31 December
        "2024; 10年; 2025-01-01; 2034-12-31",
        "2015; 30年; 2016-01-01; 2045-12-31",
        "2019; 10年; 2020-01-01; 2029-12-31",
        // a file closed on 31 December belongs to that year (its number's year)
        "1999; 30年; 2000-01-01; 2029-12-31",
    })
    void periodRunsFromTheNextFirstOfJanuary(int year, String period, LocalDate start, LocalDate end) {
        RetentionExpiry e = new RetentionExpiry(year, RetentionPeriod.fromLabel(period).orElseThrow());
        assertThat(e.start()).isEqualTo(start);
        assertThat(e.expiry().orElse(null)).isEqualTo(end);
        assertThat(e.permanent()).isEqualTo(end == null);
    }

    @ParameterizedTest(name = "{0} {1} as of {2} within {3} days → {4}")
    @CsvSource(delimiter = ';', value = {
        "2013; 10年; 2023-12-30; 0; false",
        "2013; 10年; 2023-12-31; 0; true",     // the last day of the period: due
        "2013; 10年; 2024-01-01; 0; true",
        "2013; 10年; 2023-12-01; 30; true",    // 1 December + 30 days = 31 December
        "2013; 10年; 2023-12-01; 29; false",
        "2014; 10年; 2023-12-31; 0; false",
        "1993; 30年; 2024-02-29; 0; true",
        "2023; 永久; 2999-12-31; 365; false",
    })
    void dueForAppraisalOnOrAfterTheLastDay(int year, String period, LocalDate asOf, int within, boolean due) {
        RetentionExpiry e = new RetentionExpiry(year, RetentionPeriod.fromLabel(period).orElseThrow());
        assertThat(e.dueWithin(asOf, within)).isEqualTo(due);
    }

    @Test
    void aNegativeLookAheadIsRefused() {
        assertThatThrownBy(() -> new RetentionExpiry(2013, RetentionPeriod.YEARS_10)
                .dueWithin(LocalDate.of(2023, 1, 1), -1))
                .isInstanceOf(AnjuanException.class).hasMessageContaining("deadlines.within.negative");
    }

    @Test
    void filesDueForAppraisalSoonestFirstInNumberOrder() {
        List<BoxableVolume> archived = List.of(
                volume(2013, "罚", 2, RetentionPeriod.YEARS_10, LocalDate.of(2013, 6, 1)),
                volume(2013, "罚", 1, RetentionPeriod.YEARS_10, LocalDate.of(2013, 3, 1)),
                volume(2012, "罚", 7, RetentionPeriod.YEARS_10, LocalDate.of(2012, 3, 1)),
                volume(1993, "罚", 1, RetentionPeriod.PERMANENT, LocalDate.of(1993, 3, 1)),
                volume(2014, "罚", 1, RetentionPeriod.YEARS_10, LocalDate.of(2014, 3, 1)),
                volume(1993, "检", 4, RetentionPeriod.YEARS_30, LocalDate.of(1993, 5, 1)));
        List<ExpiringFile> due = ExpiringFile.dueForAppraisal(archived, LocalDate.of(2024, 1, 5), 0);
        assertThat(due).extracting(f -> f.volume().archiveNumber()).containsExactly(
                "2012年厦国动罚字第07号", "1993年厦国动检字第04号", "2013年厦国动罚字第01号", "2013年厦国动罚字第02号");
        assertThat(due).extracting(f -> f.expiry().orElseThrow()).containsExactly(LocalDate.of(2022, 12, 31),
                LocalDate.of(2023, 12, 31), LocalDate.of(2023, 12, 31), LocalDate.of(2023, 12, 31));
        assertThat(ExpiringFile.dueForAppraisal(archived, LocalDate.of(2024, 12, 1), 30)).hasSize(5);
    }
}
