package org.anjuan.domain;

import java.util.Collections;
import java.util.List;

/**
 * A material as the binder sees it: its place in the directory (顺序号) and the kind of each of its pages.
 * A scan has one kind per PDF page (blank scanned pages stay in the volume unnumbered); a paper-only
 * material has its count of CONTENT pages, which take numbers but add no PDF pages.
 */
public record BindingMaterial(int seq, Material material, List<PageKind> kinds, boolean scanned) {

    public BindingMaterial {
        kinds = List.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a material has pages: " + material.title());
        }
    }

    public static BindingMaterial paper(int seq, Material material) {
        return new BindingMaterial(seq, material, Collections.nCopies(material.pages(), PageKind.CONTENT), false);
    }

    public static BindingMaterial scan(int seq, Material material, List<PageKind> kinds) {
        return new BindingMaterial(seq, material, kinds, true);
    }

    /** Pages that take a number: fronts and backs with writing. */
    public int numberedPages() {
        return PageNumbering.numberedCount(kinds);
    }
}
