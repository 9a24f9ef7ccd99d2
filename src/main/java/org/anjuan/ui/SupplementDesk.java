package org.anjuan.ui;

import org.anjuan.app.AppContext;
import org.anjuan.domain.Addition;
import org.anjuan.domain.Correction;
import org.anjuan.domain.Supplement;

/**
 * What the 增补/补正 dialog asks of the application layer; called off the FX thread. The window uses
 * {@link #of(AppContext)}; view-model tests pass a fake.
 */
public interface SupplementDesk {

    /** An approved 增补 after the last page of the case's last volume. */
    Supplement add(long caseId, Addition addition);

    /** A 补正 noted on the case's first volume's back sheet. */
    Supplement correct(long caseId, Correction correction);

    static SupplementDesk of(AppContext context) {
        return new SupplementDesk() {
            @Override
            public Supplement add(long caseId, Addition addition) {
                return context.supplements().add(caseId, addition);
            }

            @Override
            public Supplement correct(long caseId, Correction correction) {
                return context.supplements().correct(caseId, null, correction);
            }
        };
    }
}
