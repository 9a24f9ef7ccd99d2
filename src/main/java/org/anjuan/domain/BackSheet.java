package org.anjuan.domain;

import java.util.List;

/**
 * The 卷内备考表 (standards.md §1.6): 本卷情况说明 as lines, 立卷人, 检查人 (left blank for a signature when
 * unknown) and 立卷时间.
 */
public record BackSheet(String archiveNumber, List<String> notes, String compiler, String checker, String date) {

    public BackSheet {
        notes = List.copyOf(notes);
    }
}
