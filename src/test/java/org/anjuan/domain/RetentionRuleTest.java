package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionRuleTest {

    private final RetentionRule rule = new RetentionRule();

    @ParameterizedTest(name = "{0} {1} -> {2} by {3}")
    @CsvSource(delimiter = ';', value = {
        "行政许可;            ;    永久; 第十条（一）",
        "行政征收征用;        ;    永久; 第十条（二）",
        "行政处罚一般程序;    ;    永久; 第十条（三）",
        "行政检查;            ;    30年; 第十一条第一款",
        "行政强制;            ;    30年; 第十一条第一款",
        "其他;                ;    30年; 第十一条第一款",
        "行政处罚简易程序;    ;    10年; 第十一条第二款",
        "行政处罚简易程序;    复议; 永久; 第十条（四）",
        "行政检查;            诉讼; 永久; 第十条（四）",
        "行政检查;            重大; 永久; 第十条（五）",
        "行政处罚简易程序;    涉外; 永久; 第十条（六）",
        "其他;                未立案; 30年; 第十一条第一款",
    })
    void proposesThePeriodWithTheDecidingArticle(String category, String flags, String period, String article) {
        RetentionProposal p = rule.propose(Category.fromLabel(category).orElseThrow(), flags(flags));
        assertThat(p.period().label()).isEqualTo(period);
        assertThat(p.decidingArticles()).contains(article);
        assertThat(p.deciding()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
    }

    @Test
    void theGeneralProcedureConflictResolvesToTheLongerPeriodShowingBothArticles() {
        RetentionProposal p = rule.propose(Category.PUNISHMENT_GENERAL, Set.of());
        assertThat(p.period()).isEqualTo(RetentionPeriod.PERMANENT);
        assertThat(p.hasConflict()).isTrue();
        assertThat(p.articles()).containsExactly("第十条（三）", "第十一条第一款");
        assertThat(p.overruled()).singleElement()
                .satisfies(f -> assertThat(f.period()).isEqualTo(RetentionPeriod.YEARS_30));
    }

    @Test
    void aCaseNeverFormallyOpenedKeepsItsImportantDocumentsTenYears() {
        RetentionProposal p = rule.propose(Category.PUNISHMENT_SIMPLE, EnumSet.of(CaseFlag.UNOPENED));
        assertThat(p.period()).isEqualTo(RetentionPeriod.YEARS_10);
        assertThat(p.decidingArticles()).containsExactly("第十一条第二款", "第十一条第三款");
    }

    @Test
    void anOverrideKeepsItsReasonAndNeedsOne() {
        RetentionProposal p = rule.propose(Category.INSPECTION, Set.of());
        RetentionDecision d = rule.decide(p, RetentionPeriod.PERMANENT, "  涉及重点人防工程，领导批示永久保存 ");
        assertThat(d.isOverride()).isTrue();
        assertThat(d.period()).isEqualTo(RetentionPeriod.PERMANENT);
        assertThat(d.reason()).isEqualTo("涉及重点人防工程，领导批示永久保存");
        assertThatThrownBy(() -> rule.decide(p, RetentionPeriod.YEARS_10, " "))
                .isInstanceOfSatisfying(AnjuanException.class,
                        e -> assertThat(e.key()).isEqualTo("retention.override.reason"));
        assertThat(rule.decide(p, RetentionPeriod.YEARS_30, null).isOverride()).isFalse();
    }

    @Test
    void everyCategoryHasAProposal() {
        for (Category c : Category.values()) {
            RetentionProposal p = rule.propose(c, Set.of());
            assertThat(p.deciding()).as(c.label()).isNotEmpty();
            assertThat(p.deciding()).allSatisfy(f -> assertThat(f.period()).isEqualTo(p.period()));
        }
    }

    private static Set<CaseFlag> flags(String text) {
        if (text == null || text.isBlank()) {
            return EnumSet.noneOf(CaseFlag.class);
        }
        return Arrays.stream(text.split(",")).map(s -> CaseFlag.fromLabel(s).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseFlag.class)));
    }
}
