package org.anjuan.domain;

import java.util.Arrays;
import java.util.Optional;

/** Facts about a case that drive its retention period (第十条、第十一条). Labels are the case.yaml words. */
public enum CaseFlag {
    REVIEW("复议"),
    LITIGATION("诉讼"),
    MAJOR("重大"),
    FOREIGN("涉外"),
    UNOPENED("未立案");

    private final String label;

    CaseFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<CaseFlag> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values())
                .filter(f -> f.label.equals(t) || f.name().equalsIgnoreCase(t))
                .findFirst();
    }

    public static String allLabels() {
        return String.join("、", Arrays.stream(values()).map(CaseFlag::label).toList());
    }
}
