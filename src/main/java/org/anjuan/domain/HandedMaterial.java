package org.anjuan.domain;

/** One material as it was handed over: its 顺序号, title, document number and page count at that moment. */
public record HandedMaterial(int seq, String title, String docNo, int pages) {

    public static HandedMaterial of(int seq, Material m) {
        return new HandedMaterial(seq, m.title(), m.docNo(), m.pages());
    }
}
