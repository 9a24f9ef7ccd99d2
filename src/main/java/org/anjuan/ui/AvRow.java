package org.anjuan.ui;

import org.anjuan.app.AvText;
import org.anjuan.domain.AvCheck;
import org.anjuan.domain.AvItem;
import org.anjuan.domain.AvRecord;
import org.anjuan.domain.ChineseDate;

/**
 * One record as the 音像资料 dialog lists it: the texts of its cells, its marks and why, and the latest check.
 *
 * @param check   empty until the clerk runs 核验 in this dialog
 * @param failed  true when the check found the file changed or missing
 */
public record AvRow(int seq, String kind, String title, String recorder, String recordedAt, String storedAt,
                    String location, String marks, String reasons, String check, boolean failed, boolean late) {

    static AvRow of(AvItem item, AvText text) {
        AvRecord r = item.record();
        String reasons = String.join("\n", java.util.stream.Stream.of(text.late(item), text.longTerm(item))
                .filter(s -> !s.isEmpty()).toList());
        return new AvRow(r.seq(), r.kind().label(), r.title(), r.recorder(), ChineseDate.time(r.recordedAt()),
                ChineseDate.time(r.storedAt()), r.location(), text.marks(item), reasons, "", false, item.late());
    }

    /** With the check's result; a failed check's full text also goes first in the reasons, where it can be read. */
    AvRow checked(AvCheck c, AvText text) {
        String result = text.check(c);
        String why = c.failed() ? (reasons.isEmpty() ? result : result + "\n" + reasons) : reasons;
        return new AvRow(seq, kind, title, recorder, recordedAt, storedAt, location, marks, why, result,
                c.failed(), late);
    }
}
