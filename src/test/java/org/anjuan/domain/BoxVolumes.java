package org.anjuan.domain;

import java.time.LocalDate;

/** Bound volumes of 2023 罚 for box tests: volume id = sequence, numbered as 2023年厦国动罚字第NN号. */
final class BoxVolumes {

    private BoxVolumes() {
    }

    static BoxableVolume volume(int seq, RetentionPeriod retention) {
        return volume(2023, "罚", seq, retention, LocalDate.of(2023, 1, 1).plusDays(seq));
    }

    static BoxableVolume volume(int year, String word, int seq, RetentionPeriod retention, LocalDate closed) {
        Category category = retention == RetentionPeriod.YEARS_10 ? Category.PUNISHMENT_SIMPLE
                : Category.PUNISHMENT_GENERAL;
        return new BoxableVolume(year * 1000L + seq, number(year, word, seq), year, word, seq, category, retention,
                closed, "第" + seq + "号案", 10 + seq, null, null);
    }

    static BoxableVolume boxed(BoxableVolume v, int boxNumber) {
        return new BoxableVolume(v.volumeId(), v.archiveNumber(), v.year(), v.word(), v.seq(), v.category(),
                v.retention(), v.closed(), v.caseTitle(), v.numberedPages(), 100L + boxNumber, boxNumber);
    }

    /** The same volume with another page count, e.g. to make it thick. */
    static BoxableVolume pages(BoxableVolume v, int numberedPages) {
        return new BoxableVolume(v.volumeId(), v.archiveNumber(), v.year(), v.word(), v.seq(), v.category(),
                v.retention(), v.closed(), v.caseTitle(), numberedPages, v.boxId(), v.boxNumber());
    }

    static String number(int year, String word, int seq) {
        return ArchiveNumberFormat.standard().number(year, word, seq).text();
    }
}
