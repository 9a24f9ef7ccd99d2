package org.anjuan.app;

import java.util.List;

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

    /** A form printed for no case or box (blank register pages). */
    record Nothing() implements PrintTarget {
    }
}
