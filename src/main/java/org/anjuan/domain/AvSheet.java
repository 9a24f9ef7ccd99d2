package org.anjuan.domain;

import java.util.List;

/**
 * 音像资料制作说明: the sheet filed with the case for its audio/video and electronic records (第十六条; 隆阳
 * 第十九条: who took it, when, where). One row per record, then 制作人 and the date.
 */
public record AvSheet(String caseTitle, String archiveNumber, String department, List<Row> rows, String maker,
                      String date) {

    public AvSheet {
        rows = List.copyOf(rows);
    }

    /** One record as the sheet lists it; every value is already the text printed. */
    public record Row(int seq, String title, String recorder, String time, String place, String summary,
                      String location, String sha256) {
    }
}
