package org.anjuan.domain;

import java.util.List;

/**
 * The printed 装订前检查表: the case it is about, each finding with the rule it comes from, and the date it was
 * made; the checker signs by hand. The findings arrive worded in the clerk's language.
 */
public record CheckSheet(String caseTitle, String category, String department, String officer, String closed,
                         List<Row> rows, String date) {

    public CheckSheet {
        rows = List.copyOf(rows);
    }

    /** One finding: 序号, 问题, 依据. */
    public record Row(int seq, String problem, String rule) {
    }
}
