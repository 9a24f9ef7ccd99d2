package org.anjuan.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.ArchiveBox;
import org.anjuan.domain.BoxFilling;
import org.anjuan.domain.BoxPlan;
import org.anjuan.domain.BoxPlanner;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.domain.Category;
import org.anjuan.domain.PlannedBox;
import org.anjuan.domain.RetentionPeriod;

/** Bound volumes in memory, planned by the real {@link BoxPlanner}; applying marks them boxed. */
final class FakeBoxDesk implements BoxDesk {

    final List<BoxableVolume> volumes = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    final List<ArchiveBox> saved = new ArrayList<>();
    RuntimeException applyRefusal;

    /** 2023 罚 volume {@code seq}, of so many numbered pages (0.1 mm each) and this period. */
    static BoxableVolume volume(int seq, int pages, RetentionPeriod period) {
        return new BoxableVolume(seq, "2023年厦国动罚字第%02d号".formatted(seq), 2023, "罚", seq,
                Category.PUNISHMENT_GENERAL, period, LocalDate.of(2023, 6, 20), "第" + seq + "号案", pages, null, null);
    }

    @Override
    public BoxPlan plan(Integer year, String category) {
        asked.add(year + "/" + category);
        List<BoxableVolume> chosen = volumes.stream().filter(v -> year == null || v.year() == year).toList();
        return new BoxPlan(BoxFilling.defaults(), new BoxPlanner(BoxFilling.defaults()).plan(chosen,
                (y, w) -> saved.size() + 1));
    }

    @Override
    public List<ArchiveBox> apply(BoxPlan plan) {
        if (applyRefusal != null) {
            throw applyRefusal;
        }
        List<ArchiveBox> made = new ArrayList<>();
        for (PlannedBox b : plan.boxes()) {
            made.add(new ArchiveBox(saved.size() + made.size() + 1, 2023, "罚", b.code().number(), b.retention(),
                    b.spineMm(), LocalDateTime.of(2023, 12, 1, 9, 0), "档案员", b.volumes()));
            b.volumes().forEach(v -> volumes.replaceAll(o -> o.volumeId() == v.volumeId()
                    ? new BoxableVolume(o.volumeId(), o.archiveNumber(), o.year(), o.word(), o.seq(), o.category(),
                            o.retention(), o.closed(), o.caseTitle(), o.numberedPages(), 99L, b.code().number())
                    : o));
        }
        saved.addAll(made);
        return made;
    }
}
