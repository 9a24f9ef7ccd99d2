package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.SETTING;

import java.util.EnumMap;
import java.util.Map;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveSettings;
import org.anjuan.domain.BoxFilling;
import org.anjuan.domain.AvDeadline;
import org.anjuan.domain.Category;
import org.anjuan.domain.CategoryWords;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Business settings shared by every workstation: the archive-number pattern, the agency's short name, the
 * category words and the volume limit. Missing keys take the defaults of the 案卷管理办法.
 */
public final class SettingsStore {

    public static final String PATTERN = "number.pattern";
    public static final String AGENCY = "number.agency";
    public static final String DIGITS = "number.digits";
    public static final String WORD_PREFIX = "number.word.";
    public static final String VOLUME_LIMIT = "volume.limit";
    public static final String FONDS = "agency.fonds";
    public static final String BOX_SHEET = "box.sheet.mm";
    public static final String BOX_COVER = "box.cover.mm";
    public static final String BOX_DUPLEX = "box.duplex";
    public static final String BOX_MARGIN = "box.margin.mm";
    /** Hours an audio/video original may take to reach the dedicated storage (第十四条: 24). */
    public static final String AV_DEADLINE_HOURS = "av.deadline.hours";

    private final Database db;

    public SettingsStore(Database db) {
        this.db = db;
    }

    public ArchiveSettings load() {
        Map<String, String> values = db.dsl().selectFrom(SETTING).fetchMap(SETTING.SETTING_KEY, SETTING.SETTING_VALUE);
        ArchiveSettings d = ArchiveSettings.defaults();
        Map<Category, String> words = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            words.put(c, values.get(WORD_PREFIX + c.name()));
        }
        return new ArchiveSettings(values.getOrDefault(PATTERN, d.numberPattern()),
                values.getOrDefault(AGENCY, d.agency()),
                intValue(values, DIGITS, d.seqDigits()), new CategoryWords(words),
                intValue(values, VOLUME_LIMIT, d.volumeLimit()), values.getOrDefault(FONDS, d.fonds()));
    }

    /** Checks the whole set of settings before anything is written, then stores them in one transaction. */
    public void save(ArchiveSettings s, String actor) {
        s.numberFormat();
        if (s.volumeLimit() < 1) {
            throw new AnjuanException("settings.volumeLimit.invalid", s.volumeLimit());
        }
        db.transaction(tx -> {
            put(tx, PATTERN, s.numberPattern());
            put(tx, AGENCY, s.agency());
            put(tx, DIGITS, Integer.toString(s.seqDigits()));
            put(tx, VOLUME_LIMIT, Integer.toString(s.volumeLimit()));
            put(tx, FONDS, s.fonds());
            s.words().asMap().forEach((c, w) -> put(tx, WORD_PREFIX + c.name(), w));
            Audit.append(tx, actor, "settings.save", "setting", null, s.toString());
            return null;
        });
    }

    /** How thick volumes stand in their boxes (装盒方案); missing keys take {@link BoxFilling#defaults()}. */
    public BoxFilling boxFilling() {
        Map<String, String> values = db.dsl().selectFrom(SETTING).fetchMap(SETTING.SETTING_KEY, SETTING.SETTING_VALUE);
        BoxFilling d = BoxFilling.defaults();
        String duplex = values.get(BOX_DUPLEX);
        return new BoxFilling(mmValue(values, BOX_SHEET, d.sheetMm()), mmValue(values, BOX_COVER, d.coverMm()),
                duplex == null ? d.duplex() : Boolean.parseBoolean(duplex.strip()),
                mmValue(values, BOX_MARGIN, d.marginMm()));
    }

    public void save(BoxFilling f, String actor) {
        db.transaction(tx -> {
            put(tx, BOX_SHEET, Double.toString(f.sheetMm()));
            put(tx, BOX_COVER, Double.toString(f.coverMm()));
            put(tx, BOX_DUPLEX, Boolean.toString(f.duplex()));
            put(tx, BOX_MARGIN, Double.toString(f.marginMm()));
            Audit.append(tx, actor, "settings.save", "setting", "box", f.toString());
            return null;
        });
    }

    /** The deadline for storing audio/video originals, 24 hours unless the office set another. */
    public AvDeadline avDeadline() {
        Map<String, String> values = db.dsl().selectFrom(SETTING).where(SETTING.SETTING_KEY.eq(AV_DEADLINE_HOURS))
                .fetchMap(SETTING.SETTING_KEY, SETTING.SETTING_VALUE);
        return new AvDeadline(intValue(values, AV_DEADLINE_HOURS, AvDeadline.DEFAULT_HOURS));
    }

    public void saveAvDeadline(AvDeadline deadline, String actor) {
        db.transaction(tx -> {
            put(tx, AV_DEADLINE_HOURS, Integer.toString(deadline.hours()));
            Audit.append(tx, actor, "settings.save", "setting", AV_DEADLINE_HOURS, Integer.toString(deadline.hours()));
            return null;
        });
    }

    private static double mmValue(Map<String, String> values, String key, double fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new AnjuanException("settings.invalid", key, v);
        }
    }

    private static void put(DSLContext tx, String key, String value) {
        tx.mergeInto(SETTING).using(DSL.selectOne()).on(SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(SETTING.SETTING_KEY, SETTING.SETTING_VALUE).values(key, value)
                .execute();
    }

    private static int intValue(Map<String, String> values, String key, int fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new AnjuanException("settings.invalid", key, v);
        }
    }
}
