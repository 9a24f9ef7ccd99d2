package org.anjuan.domain;

import java.util.Objects;

/**
 * One defect found in the acceptance check, numbered as the clerk sees it in the list (1, 2, ...). It stays open
 * until the clerk waives it with a note (e.g. 已折叠成A4, 已补盖核对章), which accepting with defects requires.
 *
 * @param seq    the material's 顺序号, or 0 when the finding is about the whole file
 * @param waiver the clerk's note when waived, else null
 */
public record Finding(int no, FindingKind kind, int seq, String text, String waiver) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (waiver != null && waiver.isBlank()) {
            waiver = null;
        }
    }

    public boolean open() {
        return waiver == null;
    }

    public Finding numbered(int newNo) {
        return new Finding(newNo, kind, seq, text, waiver);
    }

    public Finding waived(String note) {
        return new Finding(no, kind, seq, text, note);
    }
}
