package org.anjuan.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Splits a thick case into volumes (分卷, 第七条), keeping the materials in order. In priority:
 * <ol>
 * <li>no volume holds more than {@code limit} numbered pages (a setting, 200 by default);</li>
 * <li>a material is never cut unless it alone exceeds the limit; such a material may be cut at any page;</li>
 * <li>as few volumes as possible;</li>
 * <li>as evenly filled as possible, which means exactly: first the fullest volume as thin as possible,
 * then the emptiest volume as thick as possible;</li>
 * <li>any remaining tie goes to the plan whose page counts, read from volume 1 on, are largest first
 * (earlier volumes fuller), so the same case always gets the same plan.</li>
 * </ol>
 * Each step is a binary search over page counts with a linear-time check, so thousands of materials or
 * a material of thousands of pages plan in milliseconds.
 */
public final class VolumePlanner {

    public static final int DEFAULT_LIMIT = 200;

    private final int limit;

    public VolumePlanner(int limit) {
        if (limit < 1) {
            throw new AnjuanException("volume.limit.invalid", Integer.toString(limit));
        }
        this.limit = limit;
    }

    public VolumePlanner() {
        this(DEFAULT_LIMIT);
    }

    /** @param pages each material's numbered-page count, in the case's order, each at least 1 */
    public VolumePlan plan(List<Integer> pages) {
        if (pages.stream().anyMatch(p -> p < 1)) {
            throw new IllegalArgumentException("every material has at least one numbered page: " + pages);
        }
        if (pages.isEmpty()) {
            return new VolumePlan(List.of());
        }
        PageUnits units = new PageUnits(pages, limit);
        int[] prefix = units.prefix();
        int total = prefix[units.count()];
        int volumes = new VolumeCounts(prefix, 1, limit).fewestFrom(0);
        int fullest = lowest(ceilDiv(total, volumes), limit,
                max -> new VolumeCounts(prefix, 1, max).allows(0, volumes));
        // the largest passing minimum, found as the lowest passing value of its negation
        int emptiest = -lowest(-(total / volumes), -1,
                min -> new VolumeCounts(prefix, -min, fullest).allows(0, volumes));
        return assemble(units, new VolumeCounts(prefix, emptiest, fullest), volumes, emptiest, fullest);
    }

    /** Fills each volume as far as the remaining volumes still allow: the tie-break in the class comment. */
    private static VolumePlan assemble(PageUnits units, VolumeCounts counts, int volumes, int least, int most) {
        int[] prefix = units.prefix();
        List<PlannedVolume> planned = new ArrayList<>(volumes);
        int from = 0;
        for (int number = 1; number <= volumes; number++) {
            int to = furthestCut(prefix, prefix[from] + most);
            while (!counts.allows(to, volumes - number)) {
                to--;
            }
            if (units.pagesBetween(from, to) < least) {
                throw new IllegalStateException("no even plan found; the planner is wrong");
            }
            planned.add(new PlannedVolume(number, units.parts(from, to), units.pagesBetween(from, to)));
            from = to;
        }
        return new VolumePlan(planned);
    }

    private static int furthestCut(int[] prefix, int maxPrefix) {
        int found = Arrays.binarySearch(prefix, maxPrefix);
        return found >= 0 ? found : -found - 2;
    }

    /** The lowest value in [low, high] that passes a check that, once passed, stays passed; high must pass. */
    private static int lowest(int low, int high, IntPredicate passes) {
        while (low < high) {
            int mid = low + (high - low) / 2;
            if (passes.test(mid)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }
}
