package org.anjuan.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Volumes that may share one archive box (第八条: 按照案卷序号装入档案盒): one year, one category word, one
 * retention period (a box is kept and destroyed as a whole, SPEC §6), not yet boxed, and a run without gaps:
 * every bound volume of that year, word and period numbered between the first and the last is in it, so the
 * box's 起止卷号 with its 保管期限 tells truly where each of those volumes is. Numbers without a volume (voided,
 * or issued and never bound) leave no gap, and neither does a volume of another period: it can never share
 * this box, so counting it as a gap would cut a register whose periods alternate into boxes of one volume.
 * The volumes are in archive-number order.
 */
public final class BoxRun {

    private final List<BoxableVolume> volumes;

    private BoxRun(List<BoxableVolume> volumes) {
        this.volumes = List.copyOf(volumes);
    }

    /**
     * Checks the clerk's choice.
     *
     * @param chosen the volumes picked for the box, in any order; a volume picked twice counts once
     * @param bound  every bound volume of the chosen volumes' year and word, boxed or not
     */
    public static BoxRun of(Collection<BoxableVolume> chosen, Collection<BoxableVolume> bound) {
        if (chosen.isEmpty()) {
            throw new AnjuanException("box.run.empty");
        }
        List<BoxableVolume> run = new ArrayList<>(chosen.stream()
                .collect(Collectors.toMap(BoxableVolume::volumeId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new))
                .values());
        requireOneYearAndWord(run);
        run.sort(Comparator.comparingInt(BoxableVolume::seq));
        List<BoxableVolume> boxed = run.stream().filter(BoxableVolume::boxed).toList();
        if (!boxed.isEmpty()) {
            throw new AnjuanException("box.run.boxed", join(boxed, v -> v.archiveNumber() + "（" + v.boxCode() + "）"));
        }
        requireOneRetention(run);
        requireNoGap(run, bound);
        return new BoxRun(run);
    }

    /** Refuses volumes of different years or category words, naming the first that differs from the first. */
    public static void requireOneYearAndWord(List<BoxableVolume> volumes) {
        BoxableVolume first = volumes.get(0);
        for (BoxableVolume v : volumes) {
            if (v.year() != first.year()) {
                throw new AnjuanException("box.run.year", v.archiveNumber(), Integer.toString(v.year()),
                        first.archiveNumber(), Integer.toString(first.year()));
            }
            if (!v.word().equals(first.word())) {
                throw new AnjuanException("box.run.word", v.archiveNumber(), v.word(), first.archiveNumber(),
                        first.word());
            }
        }
    }

    /** The period most of the run has is the box's; the others are named (on a tie, the first volume's wins). */
    private static void requireOneRetention(List<BoxableVolume> run) {
        Map<RetentionPeriod, Long> counts = run.stream()
                .collect(Collectors.groupingBy(BoxableVolume::retention, LinkedHashMap::new, Collectors.counting()));
        if (counts.size() == 1) {
            return;
        }
        RetentionPeriod boxPeriod = run.get(0).retention();
        for (Map.Entry<RetentionPeriod, Long> e : counts.entrySet()) {
            if (e.getValue() > counts.get(boxPeriod)) {
                boxPeriod = e.getKey();
            }
        }
        RetentionPeriod kept = boxPeriod;
        List<BoxableVolume> others = run.stream().filter(v -> v.retention() != kept).toList();
        throw new AnjuanException("box.run.retention", join(others, BoxableVolume::archiveNumber),
                others.stream().map(v -> v.retention().label()).distinct().collect(Collectors.joining("、")),
                kept.label());
    }

    private static void requireNoGap(List<BoxableVolume> run, Collection<BoxableVolume> bound) {
        BoxableVolume first = run.get(0);
        BoxableVolume last = run.get(run.size() - 1);
        Set<Long> inRun = run.stream().map(BoxableVolume::volumeId).collect(Collectors.toSet());
        List<BoxableVolume> skipped = bound.stream()
                .filter(v -> v.year() == first.year() && v.word().equals(first.word()))
                .filter(v -> v.retention() == first.retention())
                .filter(v -> v.seq() > first.seq() && v.seq() < last.seq() && !inRun.contains(v.volumeId()))
                .sorted(Comparator.comparingInt(BoxableVolume::seq))
                .toList();
        if (!skipped.isEmpty()) {
            throw new AnjuanException("box.run.gap", join(skipped,
                    v -> v.archiveNumber() + "（" + v.retention().label() + "）"), first.archiveNumber(),
                    last.archiveNumber());
        }
    }

    private static String join(List<BoxableVolume> volumes, Function<BoxableVolume, String> name) {
        return volumes.stream().map(name).collect(Collectors.joining("、"));
    }

    /** In archive-number order. */
    public List<BoxableVolume> volumes() {
        return volumes;
    }

    public BoxableVolume first() {
        return volumes.get(0);
    }

    public BoxableVolume last() {
        return volumes.get(volumes.size() - 1);
    }

    public int year() {
        return first().year();
    }

    public String word() {
        return first().word();
    }

    public RetentionPeriod retention() {
        return first().retention();
    }
}
