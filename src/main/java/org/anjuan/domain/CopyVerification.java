package org.anjuan.domain;

import java.time.LocalDate;

/**
 * A copy filed instead of the original must carry the stamp 与原件核对无误 with its source, the date
 * and the checker's name (第六条). Any part may be missing on an incoming file; {@link #isComplete()} says so.
 */
public record CopyVerification(String source, String checkedBy, LocalDate checkedOn) {

    public boolean isComplete() {
        return notBlank(source) && notBlank(checkedBy) && checkedOn != null;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
