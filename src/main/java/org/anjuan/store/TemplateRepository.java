package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.ORDER_TEMPLATE;

import java.util.Arrays;
import java.util.List;
import org.anjuan.domain.Category;
import org.anjuan.domain.OrderTemplate;
import org.anjuan.domain.TemplateEntry;
import org.jooq.DSLContext;

/** The standard order of materials per category, as an administrator keeps it in the database. */
public final class TemplateRepository {

    private final Database db;

    public TemplateRepository(Database db) {
        this.db = db;
    }

    public OrderTemplate forCategory(Category category) {
        List<TemplateEntry> entries = db.dsl().selectFrom(ORDER_TEMPLATE)
                .where(ORDER_TEMPLATE.CATEGORY.eq(category.name()))
                .orderBy(ORDER_TEMPLATE.POSITION)
                .fetch(r -> new TemplateEntry(r.getPosition(), r.getTitle(),
                        Arrays.stream(r.getKeywords().split("\\|")).map(String::strip)
                                .filter(k -> !k.isEmpty()).toList()));
        return new OrderTemplate(category, entries);
    }
}
