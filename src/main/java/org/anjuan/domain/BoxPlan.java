package org.anjuan.domain;

import java.util.List;

/**
 * A boxing plan as shown to the clerk before anything is saved: the boxes proposed, in the order they are
 * numbered, and the thickness settings they were reckoned with.
 */
public record BoxPlan(BoxFilling filling, List<PlannedBox> boxes) {

    public BoxPlan {
        boxes = List.copyOf(boxes);
    }

    public boolean isEmpty() {
        return boxes.isEmpty();
    }

    public int volumeCount() {
        return boxes.stream().mapToInt(b -> b.volumes().size()).sum();
    }

    /** The boxes holding one volume too thick for a 50 mm box. */
    public List<PlannedBox> oversize() {
        return boxes.stream().filter(PlannedBox::oversize).toList();
    }
}
