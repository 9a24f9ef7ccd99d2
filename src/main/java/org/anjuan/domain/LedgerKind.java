package org.anjuan.domain;

import java.util.Optional;

/**
 * The two registers a visitor signs (第十九条), whose columns differ (standards.md §5.1): 档案借阅登记簿 when a file
 * leaves the archive for a while, 档案查阅登记簿 when it is read in the archive (the default entry).
 */
public enum LedgerKind implements Labelled {
    /** 档案借阅登记簿. */
    LENDING("借阅"),
    /** 档案查阅登记簿. */
    CONSULTATION("查阅");

    private final String label;

    LedgerKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<LedgerKind> fromLabel(String text) {
        return Labelled.find(LedgerKind.class, text);
    }
}
