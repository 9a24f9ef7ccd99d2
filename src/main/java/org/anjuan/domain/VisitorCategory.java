package org.anjuan.domain;

import java.util.Optional;

/**
 * Who a visitor of the archive is (第十八条、第十九条; SPEC §9): the category decides what the register asks for.
 * Only internal staff may take a file out (借阅); the others consult it in the archive (查阅).
 */
public enum VisitorCategory implements Labelled {
    /** 内部工作人员: may borrow, with the head's approval (第十九条). */
    INTERNAL_STAFF("内部工作人员"),
    /** 当事人: consults on site after approval. */
    PARTY("当事人"),
    /** 其他机关人员, e.g. a higher authority or a supervision body on official business. */
    OTHER_AGENCY("其他机关"),
    /** 律师: shows 授权委托书, 律师事务所函 and 律师执业证 (each recorded as seen). */
    LAWYER("律师"),
    /** 其他: interested persons. */
    OTHER("其他");

    private final String label;

    VisitorCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<VisitorCategory> fromLabel(String text) {
        return Labelled.find(VisitorCategory.class, text);
    }

    public static String allLabels() {
        return Labelled.all(VisitorCategory.class);
    }
}
