package org.anjuan.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A hard archive box (档案盒, 第八条) in the register: its number within its year and category word, the
 * retention period of everything in it, its spine width, its volumes in archive-number order, and where it
 * stands (null until the clerk records a location).
 *
 * @param contentsUm the volumes' thickness as the boxing plan estimated it, in micrometres; null for a box
 *                   made by hand
 */
public record ArchiveBox(long id, int year, String word, int number, RetentionPeriod retention, int spineMm,
                         LocalDateTime createdAt, String createdBy, List<BoxableVolume> volumes,
                         BoxLocation location, Long contentsUm) {

    /** Spine (盒脊) widths of the boxes an office buys, in mm (DA/T 22-2015 §6.4.1.1, standards.md §1.3). */
    public static final List<Integer> SPINE_WIDTHS = List.of(20, 30, 40, 50);

    public ArchiveBox {
        if (volumes.isEmpty()) {
            throw new IllegalArgumentException("box " + id + " has no volumes");
        }
        volumes = volumes.stream().sorted(Comparator.comparingInt(BoxableVolume::seq)).toList();
    }

    /** A box whose place is not recorded yet. */
    public ArchiveBox(long id, int year, String word, int number, RetentionPeriod retention, int spineMm,
                      LocalDateTime createdAt, String createdBy, List<BoxableVolume> volumes) {
        this(id, year, word, number, retention, spineMm, createdAt, createdBy, volumes, null, null);
    }

    public boolean located() {
        return location != null;
    }

    /** Refuses a spine width no box has. */
    public static int checkSpine(int mm) {
        if (!SPINE_WIDTHS.contains(mm)) {
            throw new AnjuanException("box.spine.invalid", Integer.toString(mm),
                    SPINE_WIDTHS.stream().map(String::valueOf).collect(Collectors.joining("、")));
        }
        return mm;
    }

    public BoxCode code() {
        return new BoxCode(year, word, number);
    }

    public BoxableVolume first() {
        return volumes.get(0);
    }

    public BoxableVolume last() {
        return volumes.get(volumes.size() - 1);
    }

    /** 归档时间 starts at the earliest closing date in the box (第八条: 以结案时间为准). */
    public LocalDate firstClosed() {
        return volumes.stream().map(BoxableVolume::closed).min(Comparator.naturalOrder()).orElseThrow();
    }

    public LocalDate lastClosed() {
        return volumes.stream().map(BoxableVolume::closed).max(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * 案卷类别: one name normally; an office whose settings give two categories one word gets both, in the
     * order of their first volumes.
     */
    public String category() {
        return volumes.stream().map(v -> v.category().boxLabel()).distinct().collect(Collectors.joining("、"));
    }

    public int numberedPages() {
        return volumes.stream().mapToInt(BoxableVolume::numberedPages).sum();
    }
}
