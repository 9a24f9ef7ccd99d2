package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvLongTermRuleTest {

    private final AvLongTermRule rule = new AvLongTermRule();

    @ParameterizedTest(name = "{0} {1} {2} file {3} → {4}")
    @CsvSource(delimiter = ';', value = {
        "          ; 行政处罚简易程序; ;      10年; ",
        "          ; 行政检查;         ;      30年; 隆阳区 第十九条",
        "          ; 行政处罚一般程序; ;      永久; 隆阳区 第十九条",
        "阻碍执法  ; 行政处罚简易程序; ;      10年; 第十五条（三）",
        "涉嫌犯罪  ; 行政处罚简易程序; ;      10年; 第十五条（四）",
        "          ; 行政强制;         ;      10年; 第十五条（一）",
        "重大权益  ; 行政强制;         ;      10年; 第十五条（一）",
        "          ; 行政处罚简易程序; 复议;  10年; 第十五条（二）",
        "异议投诉  ; 行政处罚简易程序; 诉讼;  10年; 第十五条（二）",
        "其他      ; 行政检查;         ;      30年; 第十五条（五）|隆阳区 第十九条",
    })
    void aRecordIsKeptLongTermForTheArticlesThatApply(String grounds, String category, String flags,
                                                      String retention, String articles) {
        List<AvLongTermReason> reasons = rule.reasons(grounds(grounds), Category.fromLabel(category).orElseThrow(),
                flags(flags), RetentionPeriod.fromLabel(retention).orElseThrow());
        List<String> expected = articles == null ? List.of() : List.of(articles.split("\\|"));
        assertThat(reasons).extracting(AvLongTermReason::article).containsExactlyElementsOf(expected);
        assertThat(reasons).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
    }

    @Test
    void aPermanentFileSaysWhyItsRecordsAreKeptLongTerm() {
        assertThat(rule.reasons(Set.of(), Category.PERMIT, Set.of(), RetentionPeriod.PERMANENT))
                .singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("随卷归档，与案卷同样保管永久"));
    }

    @Test
    void aGroundTickedByTheClerkIsNotRepeatedByTheCase() {
        assertThat(rule.reasons(EnumSet.of(AvGround.RIGHTS), Category.COERCION, Set.of(), RetentionPeriod.YEARS_10))
                .singleElement().satisfies(r -> assertThat(r.reason()).contains("查封、扣押、强制执行"));
    }

    private static Set<AvGround> grounds(String text) {
        return text == null ? Set.of() : Arrays.stream(text.split("、"))
                .map(t -> AvGround.fromLabel(t).orElseThrow()).collect(Collectors.toSet());
    }

    private static Set<CaseFlag> flags(String text) {
        return text == null ? Set.of() : Arrays.stream(text.split("、"))
                .map(t -> CaseFlag.fromLabel(t).orElseThrow()).collect(Collectors.toSet());
    }
}
