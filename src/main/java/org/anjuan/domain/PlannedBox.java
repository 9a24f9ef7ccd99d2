package org.anjuan.domain;

import java.util.List;

/**
 * A box the planner proposes (装盒方案): its code, the retention period of its volumes, the spine width
 * chosen for them, and their estimated thickness. {@code oversize} marks a single volume too thick for the
 * widest box with its margin: it gets a box of its own, and the clerk should look at it (re-split the volume,
 * or use a larger box).
 */
public record PlannedBox(BoxCode code, RetentionPeriod retention, int spineMm, List<BoxableVolume> volumes,
                         long thicknessUm, boolean oversize) {

    public PlannedBox {
        volumes = List.copyOf(volumes);
        if (volumes.isEmpty()) {
            throw new IllegalArgumentException("planned box " + code + " has no volumes");
        }
    }

    public BoxableVolume first() {
        return volumes.get(0);
    }

    public BoxableVolume last() {
        return volumes.get(volumes.size() - 1);
    }

    /** The estimated thickness in mm with one decimal, e.g. 27.4. */
    public String thicknessMm() {
        return BoxFilling.mm(thicknessUm);
    }

    public int numberedPages() {
        return volumes.stream().mapToInt(BoxableVolume::numberedPages).sum();
    }
}
