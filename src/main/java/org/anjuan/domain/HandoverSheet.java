package org.anjuan.domain;

import java.util.List;

/**
 * The 移交清单 (第十三条): the list of volumes a unit hands over to the archive room once they are filed and accepted.
 * Signed on paper by 移交人, 接收人 and 监交人; the totals (共 n 卷 m 页) are counted from the rows.
 *
 * @param transferor 移交单位: the agency (全宗) or its handling department
 * @param receiver   接收单位, e.g. 档案室
 * @param date       the handover date as forms write it (2023年12月11日), or null to write it by hand
 */
public record HandoverSheet(String transferor, String receiver, String date, List<HandoverRow> rows) {

    public HandoverSheet {
        rows = List.copyOf(rows);
    }

    /** 共 n 卷. */
    public int volumes() {
        return rows.size();
    }

    /** 共 m 页: the volumes' numbered pages together. */
    public int pages() {
        return rows.stream().mapToInt(HandoverRow::pages).sum();
    }
}
