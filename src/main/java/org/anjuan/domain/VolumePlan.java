package org.anjuan.domain;

import java.util.List;

/** How a case's materials are split into volumes (分卷, 第七条); empty for a case with no materials. */
public record VolumePlan(List<PlannedVolume> volumes) {

    public VolumePlan {
        volumes = List.copyOf(volumes);
    }

    /** "共 n 卷" on every cover. */
    public int count() {
        return volumes.size();
    }

    public List<Integer> pagesPerVolume() {
        return volumes.stream().map(PlannedVolume::numberedPages).toList();
    }
}
