package org.anjuan.domain;

import java.util.List;

/**
 * One step of an order template: the kind of material that goes at this position, and the words that
 * recognise it in a material's title (e.g. 送达回证, 送达回执).
 *
 * @param position 1-based place in the template
 */
public record TemplateEntry(int position, String title, List<String> keywords) {

    public TemplateEntry {
        keywords = List.copyOf(keywords);
    }
}
