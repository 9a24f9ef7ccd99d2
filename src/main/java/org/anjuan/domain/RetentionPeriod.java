package org.anjuan.domain;

import java.util.Optional;
import java.util.OptionalInt;

/** 保管期限: permanent, or a fixed term of 30 or 10 years (国家档案局令第8号 art. 6; 第十条、第十一条). */
public enum RetentionPeriod implements Labelled {
    PERMANENT("永久", 0),
    YEARS_30("30年", 30),
    YEARS_10("10年", 10);

    private final String label;
    private final int years;

    RetentionPeriod(String label, int years) {
        this.label = label;
        this.years = years;
    }

    @Override
    public String label() {
        return label;
    }

    public OptionalInt years() {
        return years == 0 ? OptionalInt.empty() : OptionalInt.of(years);
    }

    /** True when this period keeps a file at least as long as the other. */
    public boolean atLeast(RetentionPeriod other) {
        return ordinal() <= other.ordinal();
    }

    public static Optional<RetentionPeriod> fromLabel(String text) {
        return Labelled.find(RetentionPeriod.class, text);
    }
}
