package org.anjuan.domain;

/**
 * The business settings every workstation shares (kept in the database): how archive numbers look, how
 * thick a volume may be, and the agency's full name (全宗名称) printed on covers.
 */
public record ArchiveSettings(String numberPattern, String agency, int seqDigits, CategoryWords words,
                              int volumeLimit, String fonds) {

    /** 第七条: a case over 200 pages may be split into volumes. */
    public static final int DEFAULT_VOLUME_LIMIT = 200;
    /** 全宗名称 on covers: the agency's full name. */
    public static final String DEFAULT_FONDS = "厦门市国防动员办公室";

    public static ArchiveSettings defaults() {
        return new ArchiveSettings(ArchiveNumberFormat.DEFAULT_PATTERN, ArchiveNumberFormat.DEFAULT_AGENCY, 2,
                CategoryWords.defaults(), DEFAULT_VOLUME_LIMIT, DEFAULT_FONDS);
    }

    public ArchiveNumberFormat numberFormat() {
        return new ArchiveNumberFormat(numberPattern, agency, seqDigits);
    }
}
