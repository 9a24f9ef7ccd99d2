package org.anjuan.ui;

import java.util.List;
import org.anjuan.app.AppContext;
import org.anjuan.domain.ArchiveBox;
import org.anjuan.domain.BoxPlan;

/**
 * What the 装盒 dialog asks of the application layer. Every method may be slow and is called off the FX thread.
 * The window uses {@link #of(AppContext)}; view-model tests pass a fake.
 */
public interface BoxDesk {

    /** The boxing plan for the unboxed bound volumes of a year and category (null: all); nothing is saved. */
    BoxPlan plan(Integer year, String category);

    /** Saves the plan's boxes in one transaction; refusals are {@code AnjuanException}s in Chinese. */
    List<ArchiveBox> apply(BoxPlan plan);

    static BoxDesk of(AppContext context) {
        return new BoxDesk() {
            @Override
            public BoxPlan plan(Integer year, String category) {
                return context.boxes().plan(year, category);
            }

            @Override
            public List<ArchiveBox> apply(BoxPlan plan) {
                return context.boxes().applyPlan(plan);
            }
        };
    }
}
