package org.anjuan.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntBiFunction;

/**
 * Proposes how the bound volumes not yet boxed go into boxes (第八条): in archive-number order, one year, one
 * category word and one retention period per box, each box filled up to the widest spine (50 mm) less the
 * margin, and then given the narrowest standard spine (20/30/40/50 mm) that holds it. A volume already boxed
 * ends the box before it: a box never skips a volume of its own period ({@link BoxRun}). Boxes are numbered
 * per year and word after those in the register, in the order of their first archive numbers.
 */
public final class BoxPlanner {

    private static final long WIDEST_UM = ArchiveBox.SPINE_WIDTHS.get(ArchiveBox.SPINE_WIDTHS.size() - 1) * 1000L;

    private final BoxFilling filling;

    public BoxPlanner(BoxFilling filling) {
        this.filling = filling;
    }

    /**
     * @param bound      bound volumes, boxed or not, of whole years and words (any order)
     * @param nextNumber the number the next box of a year and word takes in the register
     */
    public List<PlannedBox> plan(List<BoxableVolume> bound, ToIntBiFunction<Integer, String> nextNumber) {
        Map<List<Object>, List<BoxableVolume>> groups = new LinkedHashMap<>();
        bound.stream().sorted(Comparator.comparingInt(BoxableVolume::year).thenComparing(BoxableVolume::word)
                        .thenComparingInt(BoxableVolume::seq))
                .forEach(v -> groups.computeIfAbsent(List.of(v.year(), v.word(), v.retention()),
                        k -> new ArrayList<>()).add(v));
        List<List<BoxableVolume>> runs = new ArrayList<>();
        groups.values().forEach(group -> fill(group, runs));
        runs.sort(Comparator.comparingInt((List<BoxableVolume> r) -> r.get(0).year())
                .thenComparing(r -> r.get(0).word()).thenComparingInt(r -> r.get(0).seq()));
        List<PlannedBox> boxes = new ArrayList<>();
        Map<List<Object>, Integer> numbers = new LinkedHashMap<>();
        for (List<BoxableVolume> run : runs) {
            BoxableVolume first = run.get(0);
            List<Object> yearAndWord = List.of(first.year(), first.word());
            int number = numbers.computeIfAbsent(yearAndWord, k -> nextNumber.applyAsInt(first.year(), first.word()));
            numbers.put(yearAndWord, number + 1);
            boxes.add(box(new BoxCode(first.year(), first.word(), number), run));
        }
        return boxes;
    }

    /** Cuts one group's volumes (archive-number order) into runs that each fit the widest box. */
    private void fill(List<BoxableVolume> group, List<List<BoxableVolume>> runs) {
        List<BoxableVolume> current = new ArrayList<>();
        long contents = 0;
        for (BoxableVolume v : group) {
            long t = filling.thicknessUm(v.numberedPages());
            boolean ends = v.boxed() || contents + t + filling.marginUm() > WIDEST_UM;
            if (ends && !current.isEmpty()) {
                runs.add(current);
                current = new ArrayList<>();
                contents = 0;
            }
            if (!v.boxed()) {
                current.add(v);
                contents += t;
            }
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
    }

    private PlannedBox box(BoxCode code, List<BoxableVolume> run) {
        long contents = run.stream().mapToLong(v -> filling.thicknessUm(v.numberedPages())).sum();
        long needed = contents + filling.marginUm();
        int spine = ArchiveBox.SPINE_WIDTHS.stream().filter(w -> w * 1000L >= needed).findFirst()
                .orElse((int) (WIDEST_UM / 1000));
        return new PlannedBox(code, run.get(0).retention(), spine, run, contents, needed > WIDEST_UM);
    }
}
