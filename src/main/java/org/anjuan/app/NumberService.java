package org.anjuan.app;

import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveNumber;
import org.anjuan.domain.ArchiveSettings;
import org.anjuan.domain.Category;
import org.anjuan.domain.IssuedNumber;
import org.anjuan.store.NumberRegister;
import org.anjuan.store.SettingsStore;

/** Issuing and voiding archive numbers (第九条) with the office's current settings. */
public final class NumberService {

    private final NumberRegister register;
    private final SettingsStore settings;
    private final String clerk;

    public NumberService(NumberRegister register, SettingsStore settings, String clerk) {
        this.register = register;
        this.settings = settings;
        this.clerk = clerk;
    }

    /** One number of the year for a category (行政检查) or its word (检). */
    public ArchiveNumber issue(int year, String categoryOrWord) {
        ArchiveSettings s = settings.load();
        String word = s.words().resolve(categoryOrWord).orElseThrow(() -> new AnjuanException(
                "number.category.unknown", categoryOrWord, Category.allLabels()));
        return register.issue(s.numberFormat(), year, word, 1, null, clerk).get(0);
    }

    /** One number per volume of a case (一卷一号), consecutive, in one transaction. */
    public List<ArchiveNumber> issueForCase(long caseId, Category category, int year, int volumes) {
        ArchiveSettings s = settings.load();
        return register.issue(s.numberFormat(), year, s.words().wordFor(category), volumes, caseId, clerk);
    }

    public IssuedNumber voidNumber(String text, String reason) {
        return register.voidNumber(text, reason, clerk);
    }

    public List<IssuedNumber> all() {
        return register.all();
    }

    public List<IssuedNumber> forCase(long caseId) {
        return register.forCase(caseId);
    }
}
