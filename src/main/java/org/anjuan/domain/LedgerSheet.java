package org.anjuan.domain;

import java.util.List;

/**
 * Pages of a lending or consultation register (档案借阅登记簿 / 档案查阅登记簿, 第十九条): ruled rows under the
 * register's heading, filled from the rows given and left empty after them, to be printed blank and filled in
 * and signed by hand, as a register book is.
 *
 * @param fonds  全宗名称: the agency that keeps the archive
 * @param period the time the pages cover, as a clerk writes it (2024年, or 2024年1月1日至2024年6月30日); may be null
 */
public record LedgerSheet(LedgerKind kind, String fonds, String period, List<LedgerRow> rows) {

    public LedgerSheet {
        if (kind == null) {
            throw new IllegalArgumentException("a register kind is required");
        }
        rows = List.copyOf(rows);
    }
}
