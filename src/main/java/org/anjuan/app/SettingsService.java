package org.anjuan.app;

import java.util.EnumMap;
import java.util.Map;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveSettings;
import org.anjuan.domain.BoxFilling;
import org.anjuan.domain.Category;
import org.anjuan.domain.CategoryWords;
import org.anjuan.store.SettingsStore;

/** The office's business settings, shared by every workstation through the database. */
public final class SettingsService {

    private final SettingsStore store;
    private final String clerk;

    public SettingsService(SettingsStore store, String clerk) {
        this.store = store;
        this.clerk = clerk;
    }

    public ArchiveSettings current() {
        return store.load();
    }

    /**
     * Changes the given settings (null = keep) and stores them in one transaction, after checking that the
     * resulting number pattern still formats and parses.
     *
     * @param words category label or enum name → word, e.g. 行政检查 → 查
     */
    public ArchiveSettings change(String pattern, String agency, Integer digits, Map<String, String> words,
                                  Integer volumeLimit, String fonds) {
        ArchiveSettings s = store.load();
        Map<Category, String> newWords = new EnumMap<>(s.words().asMap());
        words.forEach((label, word) -> newWords.put(Category.fromLabel(label).orElseThrow(
                () -> new AnjuanException("number.category.unknown", label, Category.allLabels())), word));
        ArchiveSettings changed = new ArchiveSettings(pattern != null ? pattern : s.numberPattern(),
                agency != null ? agency : s.agency(), digits != null ? digits : s.seqDigits(),
                new CategoryWords(newWords), volumeLimit != null ? volumeLimit : s.volumeLimit(),
                fonds != null && !fonds.isBlank() ? fonds.strip() : s.fonds());
        changed.numberFormat().number(2023, changed.words().wordFor(Category.OTHER), 1);
        store.save(changed, clerk);
        return changed;
    }

    /** How thick volumes stand in their boxes, for the boxing plan. */
    public BoxFilling boxFilling() {
        return store.boxFilling();
    }

    /** Changes the given box-filling settings (null = keep); each is checked before anything is stored. */
    public BoxFilling changeBoxFilling(Double sheetMm, Double coverMm, Boolean duplex, Double marginMm) {
        BoxFilling f = store.boxFilling();
        BoxFilling changed = new BoxFilling(sheetMm != null ? sheetMm : f.sheetMm(),
                coverMm != null ? coverMm : f.coverMm(), duplex != null ? duplex : f.duplex(),
                marginMm != null ? marginMm : f.marginMm());
        store.save(changed, clerk);
        return changed;
    }
}
