package org.anjuan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The check a clerk makes before binding, in the style of a 案卷评查 (standards.md §4): what the file lacks or
 * gets wrong that binding would lock in. Each finding names the rule it comes from; the text is a message key
 * with its arguments, worded by the caller in the clerk's language.
 */
public final class PreBindingCheck {

    /** One problem: the message key and arguments, and the rule it comes from (shown as 依据). */
    public record Finding(String key, List<Object> args, String rule) {

        public Finding {
            args = List.copyOf(args);
        }
    }

    /** A document every case of a category must hold, and the words that find it in a material's title. */
    record Essential(String name, List<String> keywords) {
    }

    /**
     * The documents a 评查 scores as missing (standards.md §4: 工商 items — no 立案表, no delivery proof for the
     * decision; 000 第六条 of the 执法全过程记录 rules: the 立案审批表), per category.
     */
    private static final Map<Category, List<Essential>> ESSENTIALS = Map.of(
            Category.PUNISHMENT_GENERAL, List.of(
                    new Essential("立案审批表", List.of("立案审批", "立案登记", "立案表")),
                    new Essential("行政处罚决定书", List.of("处罚决定书")),
                    new Essential("送达回证", List.of("送达回证", "送达回执", "送达凭证"))),
            Category.PUNISHMENT_SIMPLE, List.of(
                    new Essential("当场行政处罚决定书", List.of("处罚决定书"))),
            Category.COERCION, List.of(
                    new Essential("行政强制决定书", List.of("决定书")),
                    new Essential("送达回证", List.of("送达回证", "送达回执", "送达凭证"))),
            Category.PERMIT, List.of(
                    new Essential("申请材料", List.of("申请")),
                    new Essential("行政许可决定书", List.of("许可决定", "准予", "不予"))),
            Category.EXPROPRIATION, List.of(
                    new Essential("征收（征用）决定书", List.of("决定书"))),
            Category.INSPECTION, List.of(
                    new Essential("检查记录", List.of("检查记录", "检查笔录", "检查表", "检查情况"))));

    static final String RULE_FILING = "第四条";
    static final String RULE_COPIES = "第六条";
    static final String RULE_ESSENTIALS = "案卷评查：文书齐全";
    static final String RULE_OFFICERS = "案卷评查：执法人员不少于2人";
    static final String RULE_PAGES = "第五条：逐页编号";
    static final String RULE_COMPILER = "卷内备考表：立卷人";
    static final String RULE_ONE_SEQUENCE = "第八条：每份材料只编一个顺序号";

    /**
     * Every finding for {@code c} as it stands on {@code today}, in the order a reviewer reads a file;
     * {@code materials} are the materials in binding order with the kind of each page (blank pages take no number).
     */
    public List<Finding> check(CaseFile c, List<BindingMaterial> materials, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        if (c.isFilingOverdue(today)) {
            findings.add(new Finding("check.late", List.of(ChineseDate.day(c.closed()),
                    ChineseDate.day(c.filingDeadline())), RULE_FILING));
        }
        for (Essential e : ESSENTIALS.getOrDefault(c.category(), List.of())) {
            if (c.materials().stream().noneMatch(m -> names(m, e))) {
                findings.add(new Finding("check.missing", List.of(c.category().label(), e.name()), RULE_ESSENTIALS));
            }
        }
        String officer = c.officer() == null ? "" : c.officer().strip();
        if (officer.isEmpty()) {
            findings.add(new Finding("check.compiler", List.of(), RULE_COMPILER));
        } else if (officers(officer) < 2) {
            findings.add(new Finding("check.officers", List.of(officer), RULE_OFFICERS));
        }
        Map<String, Integer> firstUse = new HashMap<>();
        for (BindingMaterial b : materials) {
            Material m = b.material();
            if (m.isUnverifiedCopy()) {
                findings.add(new Finding("check.unverifiedCopy", List.of(b.seq(), m.title()), RULE_COPIES));
            }
            if (b.numberedPages() == 0) {
                findings.add(new Finding("check.unnumbered", List.of(b.seq(), m.title()), RULE_PAGES));
            }
            if (b.scanned() && m.file() != null) {
                Integer earlier = firstUse.putIfAbsent(m.file(), b.seq());
                if (earlier != null) {
                    findings.add(new Finding("check.numberedTwice", List.of(b.seq(), m.title(), earlier, m.file()),
                            RULE_ONE_SEQUENCE));
                }
            }
        }
        return findings;
    }

    private static boolean names(Material m, Essential e) {
        String title = m.title() == null ? "" : m.title().replaceAll("[\\s、，,·/]", "");
        return e.keywords().stream().anyMatch(title::contains);
    }

    /** The handling officers named, as a case folder writes them: 陈建华、林晓雯 (or with commas or spaces). */
    private static int officers(String officer) {
        return (int) Arrays.stream(officer.split("[、，,;；\\s]+")).filter(s -> !s.isBlank()).count();
    }
}
