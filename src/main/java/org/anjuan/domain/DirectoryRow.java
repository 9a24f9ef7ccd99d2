package org.anjuan.domain;

/**
 * One row of the 卷内目录 (standards.md §1.5): 顺序号, 文号, 责任者, 题名, 日期, 页号, 备注. Text is final: dates and
 * the 页号 convention (start page, or start–end) are applied before the row is drawn.
 */
public record DirectoryRow(int seq, String docNo, String author, String title, String date, String pages,
                           String remarks) {
}
