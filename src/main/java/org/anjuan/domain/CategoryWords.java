package org.anjuan.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The word each category puts into its archive numbers (罚, 检, 许 ...). A setting, because a district
 * office may use its own words. Both punishment procedures share 罚, so numbers are sequenced per word,
 * never per category: two categories with one word must never produce the same number.
 */
public final class CategoryWords {

    private static final Map<Category, String> DEFAULTS = Map.of(
            Category.PERMIT, "许",
            Category.PUNISHMENT_GENERAL, "罚",
            Category.PUNISHMENT_SIMPLE, "罚",
            Category.COERCION, "强",
            Category.EXPROPRIATION, "征",
            Category.INSPECTION, "检",
            Category.OTHER, "执");

    private final Map<Category, String> words;

    /** The given words override the defaults; blank ones are ignored. */
    public CategoryWords(Map<Category, String> overrides) {
        EnumMap<Category, String> all = new EnumMap<>(DEFAULTS);
        overrides.forEach((category, word) -> {
            if (word != null && !word.isBlank()) {
                all.put(category, word.strip());
            }
        });
        this.words = Map.copyOf(all);
    }

    public static CategoryWords defaults() {
        return new CategoryWords(Map.of());
    }

    public String wordFor(Category category) {
        return words.get(category);
    }

    /** Accepts a category label (行政检查), an enum name, or a word itself (检). */
    public Optional<String> resolve(String categoryOrWord) {
        if (categoryOrWord == null || categoryOrWord.isBlank()) {
            return Optional.empty();
        }
        Optional<Category> category = Category.fromLabel(categoryOrWord);
        if (category.isPresent()) {
            return Optional.of(wordFor(category.get()));
        }
        String w = categoryOrWord.strip();
        return words.containsValue(w) ? Optional.of(w) : Optional.empty();
    }

    public Map<Category, String> asMap() {
        return words;
    }
}
