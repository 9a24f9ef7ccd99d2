package org.anjuan.domain;

/**
 * What a physical page of a volume is, as far as page numbering cares (第五条). The clerk can override a
 * page's kind, e.g. mark a scanned page as blank.
 */
public enum PageKind {
    /** 案卷封面. */
    COVER,
    /** 卷内目录. */
    DIRECTORY,
    /** A front page with writing on it. */
    CONTENT,
    /** A front page with no writing: not numbered (第五条). */
    BLANK,
    /** The back of a double-sided sheet that has writing: numbered in the opposite corner. */
    VERSO,
    /** The back of a sheet with no writing. */
    VERSO_BLANK,
    /** 卷内备考表. */
    BACK_SHEET,
    /** 封底. */
    BACK_COVER;

    /** Only pages with writing that belong to the materials take a number. */
    public boolean isNumbered() {
        return this == CONTENT || this == VERSO;
    }

    /** Backs of sheets are numbered on the side away from the binding edge, i.e. mirrored. */
    public boolean isBackOfSheet() {
        return this == VERSO || this == VERSO_BLANK;
    }
}
