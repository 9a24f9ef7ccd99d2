package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VolumePlannerTest {

    /**
     * Plans written as the clerk would read them: volumes separated by "/", a whole material by its
     * 0-based index, a cut one as index:first-last.
     */
    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource(delimiter = ';', textBlock = """
            # pages          ; limit ; expected plan                          ; pages per volume
            100,100          ; 200   ; 0 1                                    ; 200
            200              ; 200   ; 0                                      ; 200
            199,2            ; 200   ; 0 / 1                                  ; 199,2
            # [120,90|50] has 210 pages: too many. So 120 | 140.
            120,90,50        ; 200   ; 0 / 1 2                                ; 120,140
            # 60|180 and 180|60 are less even than 120|120
            60,60,60,60      ; 200   ; 0 1 / 2 3                              ; 120,120
            100,50,50,100    ; 200   ; 0 1 / 2 3                              ; 150,150
            150,30,30,150    ; 200   ; 0 1 / 2 3                              ; 180,180
            # 3 volumes needed; every 3-way split has 180 at most and 90 at least; volume 1 fullest wins
            90,90,90,90,90   ; 200   ; 0 1 / 2 3 / 4                          ; 180,180,90
            # 30|70 and 70|30 are equally even: earlier volumes fuller
            30,40,30         ; 70    ; 0 1 / 2                                ; 70,30
            1,1,1,1,1        ; 2     ; 0 1 / 2 3 / 4                          ; 2,2,1
            10,10,10         ; 10    ; 0 / 1 / 2                              ; 10,10,10
            # a 201-page material alone exceeds the limit: cut as evenly as possible
            201              ; 200   ; 0:1-101 / 0:102-201                    ; 101,100
            # 550 pages need 3 volumes; 184,183,183 beats 184,184,182 on the emptiest volume
            50,450,50        ; 200   ; 0 1:1-134 / 1:135-317 / 1:318-450 2    ; 184,183,183
            # the oversized material is cut where evenness wants it, other materials stay whole
            150,300,150      ; 200   ; 0 1:1-50 / 1:51-250 / 1:251-300 2      ; 200,200,200
            3                ; 1     ; 0:1-1 / 0:2-2 / 0:3-3                  ; 1,1,1
            40,250           ; 200   ; 0 1:1-105 / 1:106-250                  ; 145,145
            """)
    void plansHandCheckedCases(String pages, int limit, String expected, String perVolume) {
        VolumePlan plan = new VolumePlanner(limit).plan(ints(pages));

        assertThat(describe(plan)).isEqualTo(expected.strip());
        assertThat(plan.pagesPerVolume()).isEqualTo(ints(perVolume));
        assertThat(plan.volumes()).extracting(PlannedVolume::number)
                .containsExactlyElementsOf(range(1, plan.count()));
    }

    @Test
    void noMaterialsNoVolumes() {
        assertThat(new VolumePlanner().plan(List.of()).volumes()).isEmpty();
    }

    @Test
    void theDefaultLimitIs200Pages() {
        VolumePlan plan = new VolumePlanner().plan(List.of(150, 51));

        assertThat(plan.pagesPerVolume()).containsExactly(150, 51);
        assertThat(VolumePlanner.DEFAULT_LIMIT).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -200})
    void refusesALimitBelowOnePage(int limit) {
        assertThatThrownBy(() -> new VolumePlanner(limit))
                .isInstanceOfSatisfying(AnjuanException.class, e -> {
                    assertThat(e.key()).isEqualTo("volume.limit.invalid");
                    assertThat(e.args()).containsExactly(Integer.toString(limit));
                });
    }

    @Test
    void refusesAMaterialWithoutPages() {
        assertThatThrownBy(() -> new VolumePlanner().plan(List.of(10, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plansThousandsOfMaterialsAndAHugeOneWellUnderASecond() {
        Random random = new Random(7);
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            pages.add(1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 30));
        }
        pages.add(2000, 8000);
        long start = System.nanoTime();

        VolumePlan plan = new VolumePlanner().plan(pages);

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        int total = pages.stream().mapToInt(Integer::intValue).sum();
        assertThat(plan.pagesPerVolume().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(plan.pagesPerVolume()).allMatch(p -> p <= 200);
        assertThat(took).isLessThan(Duration.ofSeconds(1));
    }

    static String describe(VolumePlan plan) {
        return plan.volumes().stream()
                .map(v -> v.parts().stream().map(VolumePlannerTest::describe).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" / "));
    }

    private static String describe(MaterialPart part) {
        return part.wholeMaterial()
                ? Integer.toString(part.material())
                : part.material() + ":" + part.firstPage() + "-" + part.lastPage();
    }

    private static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            numbers.add(i);
        }
        return numbers;
    }
}
