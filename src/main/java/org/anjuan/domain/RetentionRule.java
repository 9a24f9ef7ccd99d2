package org.anjuan.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Proposes a case file's retention period from 第十条 and 第十一条 of the 案卷管理办法. Every article that applies
 * is collected; the longest period wins, because an archive may keep a file longer than required but never
 * shorter, and the articles giving shorter periods are shown as overruled.
 */
public final class RetentionRule {

    static final String ART_10 = "第十条";
    static final String ART_11 = "第十一条";

    public RetentionProposal propose(Category category, Set<CaseFlag> flags) {
        List<RetentionFinding> found = new ArrayList<>(byCategory(category));
        if (flags.contains(CaseFlag.REVIEW) || flags.contains(CaseFlag.LITIGATION)) {
            found.add(permanent("（四）", "当事人提起行政复议或行政诉讼案件"));
        }
        if (flags.contains(CaseFlag.MAJOR)) {
            found.add(permanent("（五）", "有重大影响或疑难复杂案件"));
        }
        if (flags.contains(CaseFlag.FOREIGN)) {
            found.add(permanent("（六）", "涉外以及涉港、澳、台案件"));
        }
        if (flags.contains(CaseFlag.UNOPENED)) {
            found.add(new RetentionFinding(RetentionPeriod.YEARS_10, ART_11 + "第三款",
                    "未正式立案的案件，重要的、有保存价值的文书材料应保存10年"));
        }
        RetentionPeriod longest = found.stream().map(RetentionFinding::period)
                .min(Comparator.naturalOrder()).orElseThrow();
        return new RetentionProposal(longest,
                found.stream().filter(f -> f.period() == longest).toList(),
                found.stream().filter(f -> f.period() != longest).toList());
    }

    /** The clerk may choose another period, but only with a reason that is kept with the file. */
    public RetentionDecision decide(RetentionProposal proposal, RetentionPeriod chosen, String reason) {
        if (chosen == null || chosen == proposal.period()) {
            return new RetentionDecision(proposal, proposal.period(), null);
        }
        if (reason == null || reason.isBlank()) {
            throw new AnjuanException("retention.override.reason", chosen.label(), proposal.period().label());
        }
        return new RetentionDecision(proposal, chosen, reason.strip());
    }

    private static List<RetentionFinding> byCategory(Category category) {
        return switch (category) {
            case PERMIT -> List.of(permanent("（一）", "行政许可案件"));
            case EXPROPRIATION -> List.of(permanent("（二）", "行政征用征收案件"));
            case PUNISHMENT_GENERAL -> List.of(permanent("（三）", "适用一般程序实施的行政处罚案件"),
                    thirtyYears("适用一般程序实施的行政处罚案件"));
            case INSPECTION -> List.of(thirtyYears("行政执法检查案件"));
            case COERCION, OTHER -> List.of(thirtyYears("其他行政执法案件"));
            case PUNISHMENT_SIMPLE -> List.of(new RetentionFinding(RetentionPeriod.YEARS_10, ART_11 + "第二款",
                    "简易程序案件"));
        };
    }

    private static RetentionFinding permanent(String item, String reason) {
        return new RetentionFinding(RetentionPeriod.PERMANENT, ART_10 + item, reason);
    }

    private static RetentionFinding thirtyYears(String reason) {
        return new RetentionFinding(RetentionPeriod.YEARS_30, ART_11 + "第一款", reason);
    }
}
