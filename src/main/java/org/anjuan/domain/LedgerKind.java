package org.anjuan.domain;

/**
 * The two registers a visitor signs (第十九条), whose columns differ (standards.md §5.1): 档案借阅登记簿 when a file
 * leaves the archive for a while, 档案查阅登记簿 when it is read in the archive.
 */
public enum LedgerKind {
    /** 档案借阅登记簿. */
    LENDING,
    /** 档案查阅登记簿. */
    CONSULTATION
}
