package org.anjuan.domain;

import java.time.LocalDate;

/**
 * A bound volume as boxing (装盒, 第八条) sees it: its archive number split into year, word and sequence, the
 * case's category, retention period and closing date, and the box it is in, if any.
 *
 * @param closed    the case's closing date: a box's 归档时间 is taken from it (第八条: 以结案时间为准)
 * @param boxId     the box the volume is in, or null while it is not boxed
 * @param boxNumber that box's number within its year and word, or null
 */
public record BoxableVolume(long volumeId, String archiveNumber, int year, String word, int seq, Category category,
                            RetentionPeriod retention, LocalDate closed, String caseTitle, int numberedPages,
                            Long boxId, Integer boxNumber) {

    public boolean boxed() {
        return boxId != null;
    }

    /** The code of the box it is in, or null. */
    public BoxCode boxCode() {
        return boxed() ? new BoxCode(year, word, boxNumber) : null;
    }

    @Override
    public String toString() {
        return archiveNumber;
    }
}
