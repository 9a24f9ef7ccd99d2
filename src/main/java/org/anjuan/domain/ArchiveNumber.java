package org.anjuan.domain;

/**
 * An archive number (案卷序号) such as 2023年厦国动罚字第01号 (第九条): the year, the agency's short name,
 * the enforcement-category word and the sequence within that year and word.
 */
public record ArchiveNumber(int year, String agency, String word, int seq, String text) {

    @Override
    public String toString() {
        return text;
    }
}
