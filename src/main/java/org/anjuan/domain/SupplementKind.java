package org.anjuan.domain;

/**
 * The two ways a bound file may still change (第九条): 补正 puts right an omission or an error and is recorded by
 * the clerk; 增补 adds materials and needs the approval of the 分管领导 first.
 */
public enum SupplementKind implements Labelled {
    CORRECTION("补正"),
    ADDITION("增补");

    private final String label;

    SupplementKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
