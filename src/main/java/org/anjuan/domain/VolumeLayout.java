package org.anjuan.domain;

import java.util.List;

/**
 * One volume as it will be bound: its parts in order with their page numbers.
 *
 * @param volume        1-based number among all the case's volumes (第 volume 卷)
 * @param volumes       how many volumes the case has (共 volumes 卷)
 * @param secondary     true for a 副卷 (第七条): materials that may not be disclosed
 * @param numberedPages pages numbered in this volume, 1..numberedPages
 */
public record VolumeLayout(int volume, int volumes, boolean secondary, List<LayoutPart> parts,
                           int numberedPages) {

    public VolumeLayout {
        parts = List.copyOf(parts);
    }

    /** How many materials the volume holds (件数). */
    public int items() {
        return parts.size();
    }
}
