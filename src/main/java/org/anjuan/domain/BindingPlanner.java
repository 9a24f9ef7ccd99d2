package org.anjuan.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a case's materials out into volumes: the 正卷 and, when some materials are 副卷 (第七条), the 副卷
 * after it, each split by {@link VolumePlanner} and numbered from 1 per volume by {@link PageNumbering}.
 */
public final class BindingPlanner {

    private final VolumePlanner planner;
    private final PageNumbering numbering;

    public BindingPlanner(int limit, NumberPosition position) {
        this.planner = new VolumePlanner(limit);
        this.numbering = new PageNumbering(position);
    }

    public List<VolumeLayout> plan(List<BindingMaterial> materials) {
        for (BindingMaterial m : materials) {
            if (m.numberedPages() == 0) {
                throw new AnjuanException("bind.material.allBlank", m.seq(), m.material().title());
            }
        }
        List<BindingMaterial> main = materials.stream().filter(m -> !m.material().secondary()).toList();
        List<BindingMaterial> secondary = materials.stream().filter(m -> m.material().secondary()).toList();
        List<List<LayoutPart>> mainVolumes = split(main);
        List<List<LayoutPart>> secondaryVolumes = split(secondary);
        int total = mainVolumes.size() + secondaryVolumes.size();
        List<VolumeLayout> layouts = new ArrayList<>();
        for (List<LayoutPart> parts : mainVolumes) {
            layouts.add(layout(layouts.size() + 1, total, false, parts));
        }
        for (List<LayoutPart> parts : secondaryVolumes) {
            layouts.add(layout(layouts.size() + 1, total, true, parts));
        }
        return layouts;
    }

    private List<List<LayoutPart>> split(List<BindingMaterial> materials) {
        VolumePlan plan = planner.plan(materials.stream().map(BindingMaterial::numberedPages).toList());
        List<List<LayoutPart>> volumes = new ArrayList<>();
        for (PlannedVolume v : plan.volumes()) {
            List<LayoutPart> parts = new ArrayList<>();
            for (MaterialPart p : v.parts()) {
                parts.add(physical(materials.get(p.material()), p));
            }
            volumes.add(numbered(parts));
        }
        return volumes;
    }

    /** The physical pages behind numbered pages first..last; leading and trailing blanks go with the ends. */
    private static LayoutPart physical(BindingMaterial m, MaterialPart p) {
        List<Integer> numbered = new ArrayList<>();
        for (int i = 0; i < m.kinds().size(); i++) {
            if (PageNumbering.numberedCount(List.of(m.kinds().get(i))) == 1) {
                numbered.add(i);
            }
        }
        int from = p.firstPage() == 1 ? 0 : numbered.get(p.firstPage() - 1);
        int to = p.lastPage() == numbered.size() ? m.kinds().size() : numbered.get(p.lastPage());
        return new LayoutPart(m, from, to, List.of(), p.wholeMaterial());
    }

    /** Numbers a volume's parts from 1, in order, with the corners of {@link PageNumbering}. */
    private List<LayoutPart> numbered(List<LayoutPart> parts) {
        List<PageKind> kinds = new ArrayList<>();
        for (LayoutPart p : parts) {
            kinds.addAll(p.material().kinds().subList(p.fromPage(), p.toPage()));
        }
        List<PageNumber> numbers = numbering.number(kinds);
        List<LayoutPart> result = new ArrayList<>();
        int at = 0;
        for (LayoutPart p : parts) {
            int size = p.toPage() - p.fromPage();
            result.add(new LayoutPart(p.material(), p.fromPage(), p.toPage(), numbers.subList(at, at + size),
                    p.whole()));
            at += size;
        }
        return result;
    }

    private static VolumeLayout layout(int volume, int total, boolean secondary, List<LayoutPart> parts) {
        int pages = parts.stream().mapToInt(p -> (int) p.numbers().stream().filter(PageNumber::isNumbered).count())
                .sum();
        return new VolumeLayout(volume, total, secondary, parts, pages);
    }
}
