package org.anjuan.domain;

/**
 * The two registers a visitor signs (第十九条): 档案借阅登记 when a file leaves the archive for a while, 档案查阅登记
 * when it is read in the archive. Their columns differ (standards.md §5.1).
 */
public enum LedgerKind {
    LENDING("档案借阅登记簿"),
    CONSULTATION("档案查阅登记簿");

    private final String title;

    LedgerKind(String title) {
        this.title = title;
    }

    /** The register's name as printed on its pages. */
    public String title() {
        return title;
    }
}
