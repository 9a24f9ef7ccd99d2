package org.anjuan.domain;

import java.time.LocalDateTime;

/**
 * An 增补 as the clerk asks for it: the material to add ({@code title}, {@code pages}, an optional scan) and
 * the approval it needs (第九条: 确需增补的，在经分管领导批准后才可增补) — who approved, when, and why.
 * Refused without an approver, an approval time or a reason, and for an approval dated after {@code now}.
 */
public record Addition(String title, int pages, String file, String approver, LocalDateTime approvedAt,
                       String reason) {

    public Addition {
        title = strip(title);
        file = strip(file);
        approver = strip(approver);
        reason = strip(reason);
        if (approver == null) {
            throw new AnjuanException("supplement.add.noApprover");
        }
        if (approvedAt == null) {
            throw new AnjuanException("supplement.add.noApprovalTime");
        }
        if (reason == null) {
            throw new AnjuanException("supplement.add.noReason");
        }
        if (title == null) {
            throw new AnjuanException("supplement.add.noTitle");
        }
        if (pages < 1) {
            throw new AnjuanException("supplement.add.pages", pages);
        }
    }

    /** Refuses an approval recorded as given after the addition it allows. */
    public void checkApprovedBy(LocalDateTime now) {
        if (approvedAt.isAfter(now)) {
            throw new AnjuanException("supplement.add.approvalLater", ChineseDate.time(approvedAt));
        }
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
