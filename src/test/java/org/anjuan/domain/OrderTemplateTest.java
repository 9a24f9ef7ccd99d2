package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderTemplateTest {

    static final OrderTemplate PUNISHMENT = new OrderTemplate(Category.PUNISHMENT_GENERAL, List.of(
            entry(1, "行政处罚决定书", "处罚决定书|决定书"),
            entry(2, "立案审批表", "立案审批表|立案"),
            entry(3, "查封扣押决定书", "查封扣押决定书"),
            entry(4, "调查笔录", "调查笔录|询问笔录"),
            entry(5, "事先告知书", "告知书"),
            entry(6, "听证告知书", "听证告知书"),
            entry(7, "送达回证", "送达回证|送达回执"),
            entry(8, "结案报告", "结案报告")));

    static TemplateEntry entry(int position, String title, String keywords) {
        return new TemplateEntry(position, title, Arrays.asList(keywords.split("\\|")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            行政处罚决定书                 ; 1
            不予行政处罚决定书             ; 1
            # brackets only qualify: the words outside decide
            送达回证（处罚决定书）         ; 7
            送达回证(行政处罚决定书)       ; 7
            # a Chinese title ends with what the document is
            行政处罚决定书送达回证         ; 7
            听证告知书送达回执             ; 7
            # same end: the longest keyword is the most specific
            查封扣押决定书                 ; 3
            听证告知书                     ; 6
            行政处罚事先告知书             ; 5
            # separators and spaces do not matter
            查封、扣押决定书               ; 3
            立案 审批表                    ; 2
            # a self-written title in brackets is still read
            [询问笔录]                     ; 4
            （调查笔录）                   ; 4
            询问笔录（第二次）             ; 4
            结案报告                       ; 8
            # unknown titles go after every known one
            营业执照复印件                 ; 9
            现场照片                       ; 9
            """)
    void ranksATitleByItsMostSpecificKeyword(String title, int rank) {
        assertThat(PUNISHMENT.rank(title)).isEqualTo(rank);
    }

    @Test
    void aMissingTitleIsUnknown() {
        assertThat(PUNISHMENT.rank(null)).isEqualTo(PUNISHMENT.unknownRank()).isEqualTo(9);
        assertThat(PUNISHMENT.rank("")).isEqualTo(9);
    }

    @Test
    void arrangesByTemplateKeepingTheOrderOfEqualAndUnknownTitles() {
        List<String> titles = List.of("营业执照复印件", "送达回证（处罚决定书）", "询问笔录（二）", "结案报告",
                "现场照片", "询问笔录（一）", "立案审批表", "行政处罚决定书", "送达回证（告知书）");

        assertThat(PUNISHMENT.arrange(titles, Function.identity())).containsExactly(
                "行政处罚决定书", "立案审批表", "询问笔录（二）", "询问笔录（一）", "送达回证（处罚决定书）",
                "送达回证（告知书）", "结案报告", "营业执照复印件", "现场照片");
    }

    @Test
    void arrangesAnyItemByTheTitleItIsGiven() {
        record Row(int id, String title) { }
        List<Row> rows = List.of(new Row(1, "结案报告"), new Row(2, "立案审批表"));

        assertThat(PUNISHMENT.arrange(rows, Row::title)).extracting(Row::id).containsExactly(2, 1);
    }

    @Test
    void anEmptyTemplateKeepsTheClerksOrder() {
        OrderTemplate empty = new OrderTemplate(Category.OTHER, List.of());

        assertThat(empty.arrange(List.of("b", "a"), Function.identity())).containsExactly("b", "a");
        assertThat(empty.rank("a")).isEqualTo(1);
    }

    @Test
    void keepsEntriesInPositionOrder() {
        OrderTemplate template = new OrderTemplate(Category.INSPECTION,
                List.of(entry(2, "现场检查记录", "检查记录"), entry(1, "检查通知书", "检查通知书")));

        assertThat(template.entries()).extracting(TemplateEntry::position).containsExactly(1, 2);
    }

    @Test
    void refusesAPositionUsedTwice() {
        List<TemplateEntry> entries = List.of(entry(1, "检查通知书", "检查通知书"), entry(1, "检查记录", "检查记录"));

        assertThatThrownBy(() -> new OrderTemplate(Category.INSPECTION, entries))
                .isInstanceOfSatisfying(AnjuanException.class, e -> {
                    assertThat(e.key()).isEqualTo("template.position.duplicate");
                    assertThat(e.args()).containsExactly("行政检查", "1");
                });
    }

    @Test
    void refusesAnEntryWithoutKeywords() {
        List<TemplateEntry> entries = List.of(new TemplateEntry(1, "检查通知书", List.of(" ")));

        assertThatThrownBy(() -> new OrderTemplate(Category.INSPECTION, entries))
                .isInstanceOfSatisfying(AnjuanException.class, e -> {
                    assertThat(e.key()).isEqualTo("template.keywords.missing");
                    assertThat(e.args()).containsExactly("行政检查", "1", "检查通知书");
                });
    }
}
