package org.anjuan.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The standard order of materials for one case category (卷内文件排列). Templates are data an
 * administrator edits (seeded by db/migration/V2__order_templates.sql); the clerk can still reorder
 * any material by hand after the template has arranged them.
 */
public record OrderTemplate(Category category, List<TemplateEntry> entries) {

    public OrderTemplate {
        entries = entries.stream().sorted(Comparator.comparingInt(TemplateEntry::position)).toList();
        Set<Integer> seen = new HashSet<>();
        for (TemplateEntry entry : entries) {
            if (!seen.add(entry.position())) {
                throw new AnjuanException("template.position.duplicate", category.label(),
                        Integer.toString(entry.position()));
            }
            if (entry.keywords().stream().allMatch(String::isBlank)) {
                throw new AnjuanException("template.keywords.missing", category.label(),
                        Integer.toString(entry.position()), entry.title());
            }
        }
    }

    /**
     * The position of the template entry this title names (see {@link TitleMatch} for which entry wins
     * when several match), or {@link #unknownRank()} when none does.
     */
    public int rank(String materialTitle) {
        return TitleMatch.position(entries, materialTitle).orElse(unknownRank());
    }

    /** Unrecognised materials go after all recognised ones, so the clerk finds them at the end. */
    public int unknownRank() {
        return entries.isEmpty() ? 1 : entries.get(entries.size() - 1).position() + 1;
    }

    /** The items in template order; items of equal rank, and unrecognised ones, keep their order. */
    public <T> List<T> arrange(List<T> items, Function<T, String> title) {
        record Ranked<T>(T item, int rank) { }
        return items.stream()
                .map(item -> new Ranked<>(item, rank(title.apply(item))))
                .sorted(Comparator.comparingInt(Ranked::rank))
                .map(Ranked::item)
                .toList();
    }
}
