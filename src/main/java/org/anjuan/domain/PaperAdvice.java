package org.anjuan.domain;

/**
 * What a clerk does with a page that is not A4 (第五条: 过大的，应折叠成A4幅面；过小的，应用A4型纸托裱).
 * A page can be too big one way and too small the other (US Letter, a long narrow receipt): the part that
 * sticks out is folded in and the sheet is then mounted on A4, so it neither overhangs nor slips in the file.
 */
public enum PaperAdvice implements Labelled {
    FOLD("过大，折叠成A4幅面"),
    MOUNT("过小，用A4纸托裱"),
    FOLD_AND_MOUNT("一边过大一边过小，超出部分折叠后用A4纸托裱");

    private final String label;

    PaperAdvice(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
