package org.anjuan.domain;

/**
 * One volume on a 移交清单 (第十三条): 序号, 档号, 案卷题名, 年度, 保管期限, 页数 (its numbered pages), 备注.
 *
 * @param year  年度, or 0 when not known (left blank)
 * @param pages the volume's numbered pages
 */
public record HandoverRow(int seq, String archiveNumber, String title, int year, String retention, int pages,
                          String remarks) {
}
