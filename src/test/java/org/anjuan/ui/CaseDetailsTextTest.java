package org.anjuan.ui;

import static org.anjuan.ui.UiFixtures.details;
import static org.anjuan.ui.UiFixtures.number;
import static org.anjuan.ui.UiFixtures.punishment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.RedoneCase;
import org.anjuan.domain.RetentionRule;
import org.anjuan.domain.Secrecy;
import org.anjuan.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The details pane's text, in Chinese, for a 一般程序 punishment with a review. */
class CaseDetailsTextTest {

    private final Messages messages = Messages.chinese();
    private final DateText dates = new DateText(messages);
    private final CaseDetailsText text = new CaseDetailsText(messages, dates);
    private final CaseFile c = punishment(5);

    @Test
    void revokedAndRedoneLinksNameTheOtherCaseAndArticle9() {
        assertThat(text.links(details(c, List.of()))).isEqualTo("无");
        CaseDetails original = details(c, List.of()).withLinks(List.of(new RedoneCase(5, c.title(), 9, "重新作出的处罚案")));
        assertThat(text.links(original))
                .isEqualTo("本案已被撤销：由案件 9（重新作出的处罚案）另案重新作出；本案案卷和案卷序号保留不变（第九条）");
        CaseDetails redone = details(c, List.of()).withLinks(List.of(new RedoneCase(2, "原处罚案", 5, c.title())));
        assertThat(text.links(redone))
                .isEqualTo("本案系撤销原决定后另案重新作出：原案为案件 2（原处罚案），原案案卷和案卷序号保留不变（第九条）");
    }

    @Test
    void datesInChineseStyle() {
        assertThat(dates.format(LocalDate.of(2023, 12, 11))).isEqualTo("2023年12月11日");
        assertThat(dates.format(null)).isEmpty();
        assertThat(new DateText(new Messages(Locale.ENGLISH)).format(LocalDate.of(2023, 5, 4))).isEqualTo("4 May 2023");
    }

    @Test
    void particulars() {
        assertThat(text.parties(c)).isEqualTo("厦门某置业有限公司、张某");
        assertThat(text.handling(c)).isEqualTo("执法监督处，承办人 李明、王芳");
        assertThat(text.flags(c)).isEqualTo("复议");
        assertThat(text.secrecy(c.secrecy())).isEqualTo("非涉密；知悉范围：承办人、分管领导");
        assertThat(text.secrecy(new Secrecy("秘密", "10年", null, null))).isEqualTo("密级：秘密；保密期限：10年");
        assertThat(text.materialSummary(c)).isEqualTo("共 4 份材料，8 页");
    }

    @Test
    void overdueOnlyWhileUnbound() {
        LocalDate late = LocalDate.of(2024, 1, 5);
        assertThat(text.dates(details(c, List.of()), late))
                .isEqualTo("立案 2023年3月1日，结案 2023年11月20日，归档期限 2023年12月20日（已超期 16 天，尚未归档）");
        assertThat(text.dates(details(c, List.of(number("2023年厦国动罚字第01号", false, null))), late))
                .isEqualTo("立案 2023年3月1日，结案 2023年11月20日，归档期限 2023年12月20日");
        // numbers are issued only when a case is bound: a voided one still means the file exists
        assertThat(text.dates(details(c, List.of(number("2023年厦国动罚字第01号", true, "误取"))), late))
                .isEqualTo("立案 2023年3月1日，结案 2023年11月20日，归档期限 2023年12月20日");
    }

    @Test
    void daysLeftUntilTheDeadline() {
        assertThat(text.dates(details(c, List.of()), LocalDate.of(2023, 11, 20)))
                .endsWith("归档期限 2023年12月20日（尚未归档，还有 30 天）");
        assertThat(text.dates(details(c, List.of()), LocalDate.of(2023, 12, 20)))
                .endsWith("归档期限 2023年12月20日（尚未归档，今天到期）");
        assertThat(text.dates(details(c, List.of()), LocalDate.of(2023, 12, 21)))
                .endsWith("归档期限 2023年12月20日（已超期 1 天，尚未归档）");
    }

    @Test
    void retentionEndsFromTheYearAfterTheArchiveNumbersYear() {
        CaseFile simple = new CaseFile(6L, org.anjuan.domain.Category.PUNISHMENT_SIMPLE, "某简易程序案", List.of("某人"),
                "执法监督处", "李明", LocalDate.of(2023, 12, 30), LocalDate.of(2023, 12, 31), java.util.Set.of(), null,
                c.materials(), null);
        assertThat(text.expiry(details(simple, List.of(number("2023年厦国动罚字第01号", false, null)))))
                .isEqualTo("2033年12月31日（自 2024年1月1日 起算 10年）");
        assertThat(text.expiry(details(c, List.of(number("2023年厦国动罚字第01号", false, null)))))
                .isEqualTo("永久保存");
        assertThat(text.expiry(details(simple, List.of()))).isEqualTo("尚未归档；装订后自归档年度次年 1 月 1 日起算");
    }

    @Test
    void retentionShowsDecidingAndOverruledArticles() {
        assertThat(text.retention(details(c, List.of()).retention())).isEqualTo(String.join("\n",
                "永久（按规定建议）",
                "依据 第十条（三）：适用一般程序实施的行政处罚案件，永久",
                "依据 第十条（四）：当事人提起行政复议或行政诉讼案件，永久",
                "不采用 第十一条第一款：适用一般程序实施的行政处罚案件，30年（期限较短，已被上述依据取代）"));
    }

    @Test
    void retentionChosenByTheClerkSaysWhy() {
        RetentionRule rule = new RetentionRule();
        var decision = rule.decide(rule.propose(c.category(), c.flags()),
                org.anjuan.domain.RetentionPeriod.YEARS_30, "经领导批准");
        assertThat(text.retention(decision)).startsWith("30年（档案员选定，理由：经领导批准；建议为 永久）\n");
    }

    @Test
    void numbersWithVoidedOnesMarked() {
        assertThat(text.numbers(List.of())).isEqualTo("尚未编号");
        assertThat(text.numbers(List.of(number("2023年厦国动罚字第01号", true, "误取"),
                number("2023年厦国动罚字第02号", false, null))))
                .isEqualTo("2023年厦国动罚字第01号（已作废：误取）\n2023年厦国动罚字第02号");
    }

    @Test
    void materialRowsInOrderWithRemarks() {
        List<MaterialRow> rows = MaterialRow.of(c.materials(), messages, dates);
        assertThat(rows).extracting(MaterialRow::seq).containsExactly(1, 2, 3, 4);
        assertThat(rows).extracting(MaterialRow::remark).containsExactly(
                "纸质", "扫描件 decision.pdf", "纸质；复印件", "纸质；复印件未核对；副卷");
        assertThat(rows).extracting(MaterialRow::flagged).containsExactly(false, false, false, true);
        assertThat(rows.get(1).docNo()).isEqualTo("厦国动罚决〔2023〕5号");
        assertThat(rows.get(0).docNo()).isEmpty();
        assertThat(rows.get(0).date()).isEqualTo("2023年10月8日");
    }
}
