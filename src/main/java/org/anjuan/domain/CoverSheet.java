package org.anjuan.domain;

/**
 * What a volume's cover (案卷封面) shows, per GB/T 9705 §3.1.2 (standards.md §1.2): 全宗名称, 类目, 案卷题名,
 * 时间, 保管期限, 件数/页数, 归档号, and 第 i 卷 共 n 卷; 密级 only when set.
 *
 * @param period    the dates of the documents, already written as a clerk writes them (2023年3月6日至2023年6月20日)
 * @param secrecy   密级, or null
 */
public record CoverSheet(String fonds, String category, String title, String period, String retention,
                         int items, int pages, String archiveNumber, int volume, int volumes, String secrecy) {
}
