package org.anjuan.domain;

/** Where an entry stands: registered and waiting (审批、签字), the files out with the visitor, or all back. */
public enum LedgerStatus implements Labelled {
    /** 已登记: waiting for the approvals and the visitor's signature. */
    REGISTERED("待审批签字"),
    /** The visitor signed and has the files: 借出 (借阅) or 查阅中 (查阅). */
    OUT("未归还"),
    /** Every file is back. */
    RETURNED("已归还");

    private final String label;

    LedgerStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
