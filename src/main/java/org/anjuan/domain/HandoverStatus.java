package org.anjuan.domain;

/** Where a case stands between the handling department and the archive room (第四条, 第十三条). */
public enum HandoverStatus implements Labelled {
    /** No handover recorded yet. */
    NOT_HANDED_OVER("未移交"),
    /** Handed over; the archive clerk has not decided yet. */
    PENDING("待验收"),
    /** Passed the acceptance check: the archive room has the file. */
    ACCEPTED("已接收"),
    /** Failed the check and went back to the officer with the reasons; may be handed over again. */
    RETURNED("已退回");

    private final String label;

    HandoverStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
