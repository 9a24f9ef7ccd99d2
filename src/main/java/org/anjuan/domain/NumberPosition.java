package org.anjuan.domain;

/**
 * The agency's setting for where page numbers go: top-right by default (第五条), bottom-right in some
 * agencies (测绘, 科技档案 practice). Backs of sheets take the mirrored corner, because the binding edge
 * is on the other side when the sheet is turned over.
 */
public enum NumberPosition {
    TOP(Corner.TOP_RIGHT, Corner.TOP_LEFT),
    BOTTOM(Corner.BOTTOM_RIGHT, Corner.BOTTOM_LEFT);

    private final Corner front;
    private final Corner back;

    NumberPosition(Corner front, Corner back) {
        this.front = front;
        this.back = back;
    }

    public Corner front() {
        return front;
    }

    public Corner back() {
        return back;
    }

    public Corner cornerFor(PageKind kind) {
        return kind.isBackOfSheet() ? back : front;
    }
}
