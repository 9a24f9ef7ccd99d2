package org.anjuan.report;

import org.anjuan.domain.BoxLabel;

/** Box labels as the register gives them for a 国防动员办公室's penalty boxes, and an awkwardly long one. */
final class BoxSamples {

    static final String FONDS = "厦门市国防动员办公室";
    static final String FIRST = number(1);
    static final String LAST = number(3);

    private BoxSamples() {
    }

    /** Box 1 of 2023's 罚 volumes, 01 to 03, with the given spine width. */
    static BoxLabel label(int spineMm) {
        return label(spineMm, 1);
    }

    /** Box {@code box} of three volumes each: box 2 holds 04 to 06. */
    static BoxLabel label(int spineMm, int box) {
        return new BoxLabel(FONDS, "行政处罚", 2023, "2023年3月20日至2023年11月2日", number(3 * box - 2),
                number(3 * box), "永久", box, spineMm, String.format("2023-罚-%03d", box), 3);
    }

    static String number(int seq) {
        return String.format("2023年厦国动罚字第%02d号", seq);
    }

    /** Every value longer than usual: two categories, a long fonds name, three-digit numbers. */
    static BoxLabel crowded(int spineMm) {
        return new BoxLabel("厦门市国防动员办公室（厦门市人民防空办公室）思明区分办公室", "其他行政执法、行政强制", 2024,
                "2024年1月2日至2024年12月31日", "2024年厦国动执字第1001号", "2024年厦国动执字第1234号", "30年", 128, spineMm,
                "2024-执-128", 234);
    }
}
