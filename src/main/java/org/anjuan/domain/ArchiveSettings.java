package org.anjuan.domain;

/**
 * The business settings every workstation shares (kept in the database): how archive numbers look and how
 * thick a volume may be.
 */
public record ArchiveSettings(String numberPattern, String agency, int seqDigits, CategoryWords words,
                              int volumeLimit) {

    /** 第七条: a case over 200 pages may be split into volumes. */
    public static final int DEFAULT_VOLUME_LIMIT = 200;

    public static ArchiveSettings defaults() {
        return new ArchiveSettings(ArchiveNumberFormat.DEFAULT_PATTERN, ArchiveNumberFormat.DEFAULT_AGENCY, 2,
                CategoryWords.defaults(), DEFAULT_VOLUME_LIMIT);
    }

    public ArchiveNumberFormat numberFormat() {
        return new ArchiveNumberFormat(numberPattern, agency, seqDigits);
    }
}
