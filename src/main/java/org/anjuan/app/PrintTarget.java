package org.anjuan.app;

import java.util.List;
import org.anjuan.domain.LedgerKind;

/** What is being printed: every volume of a bound case, one volume by its archive number, or boxes. */
public sealed interface PrintTarget {

    /** Every volume of a bound case, 正卷 then 副卷. */
    record Case(long caseId) implements PrintTarget {
    }

    /** One volume, by its archive number (归档号). */
    record Volume(String archiveNumber) implements PrintTarget {
    }

    /** Boxes by id or code (2023-罚-001), in the order given. */
    record Boxes(List<String> boxes) implements PrintTarget {

        public Boxes {
            boxes = List.copyOf(boxes);
        }
    }

    /** A form printed for no case or box. */
    record Nothing() implements PrintTarget {
    }

    /** Pages of one register (档案借阅登记簿 or 档案查阅登记簿). */
    record Register(LedgerKind kind) implements PrintTarget {
    }
}
