package org.anjuan.domain;

import java.time.LocalDateTime;

/** Who approved (审批人) and when, as the clerk records it. */
public record Approval(String by, LocalDateTime at) {

    public Approval {
        if (by == null || by.isBlank() || at == null) {
            throw new IllegalArgumentException("an approval needs the approver and the time");
        }
        by = by.strip();
    }
}
