package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvDeadlineTest {

    @ParameterizedTest(name = "{0} → {1} within {2} h: late {3}")
    @CsvSource({
        "2023-05-06T10:30, 2023-05-06T18:00, 24, false",
        "2023-05-06T10:30, 2023-05-07T10:30, 24, false",
        "2023-05-06T10:30, 2023-05-07T10:31, 24, true",
        "2023-05-06T10:30, 2023-05-07T16:30, 24, true",
        "2023-05-06T10:30, 2023-05-07T16:30, 48, false",
        "2023-05-06T10:30, 2023-05-08T10:31, 48, true",
        "2023-05-06T10:30, 2023-05-06T10:30, 1, false",
    })
    void anOriginalStoredAfterTheAllowedHoursIsLate(String recorded, String stored, int hours, boolean late) {
        assertThat(new AvDeadline(hours).isLate(LocalDateTime.parse(recorded), LocalDateTime.parse(stored)))
                .isEqualTo(late);
    }

    @Test
    void theTimeTakenIsMeasuredToTheMinute() {
        assertThat(AvDeadline.taken(LocalDateTime.parse("2023-05-06T10:30"), LocalDateTime.parse("2023-05-07T16:45")))
                .isEqualTo(Duration.ofHours(30).plusMinutes(15));
    }

    @Test
    void anOriginalCannotReachTheStorageBeforeItWasRecorded() {
        assertThatThrownBy(() -> AvDeadline.taken(LocalDateTime.parse("2023-05-06T10:30"),
                LocalDateTime.parse("2023-05-05T09:00")))
                .isInstanceOfSatisfying(AnjuanException.class, e -> {
                    assertThat(e.key()).isEqualTo("av.storedBeforeRecorded");
                    assertThat(e.args()).containsExactly("2023年5月5日 09:00", "2023年5月6日 10:30");
                });
    }

    @ParameterizedTest
    @CsvSource({"0", "-24", "745"})
    void theDeadlineMustBeAtLeastAnHourAndAtMostAMonth(int hours) {
        assertThatThrownBy(() -> new AvDeadline(hours)).isInstanceOfSatisfying(AnjuanException.class,
                e -> assertThat(e.key()).isEqualTo("av.deadline.invalid"));
    }
}
