package org.anjuan.domain;

import java.util.Optional;

/** Facts about a case that drive its retention period (第十条、第十一条). Labels are the case.yaml words. */
public enum CaseFlag implements Labelled {
    REVIEW("复议"),
    LITIGATION("诉讼"),
    MAJOR("重大"),
    FOREIGN("涉外"),
    UNOPENED("未立案");

    private final String label;

    CaseFlag(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<CaseFlag> fromLabel(String text) {
        return Labelled.find(CaseFlag.class, text);
    }

    public static String allLabels() {
        return Labelled.all(CaseFlag.class);
    }
}
