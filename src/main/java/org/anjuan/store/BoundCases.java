package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.CASE_FILE;
import static org.anjuan.store.jooq.Tables.VOLUME;

import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.LockedFile;
import org.jooq.DSLContext;

/**
 * Reads whether a case is bound inside the caller's transaction. It locks the case's row first, so a change
 * and a bind of the same case take turns: the second clerk's change sees the first one's volumes and is refused.
 */
final class BoundCases {

    static final String BOUND = "BOUND";

    private BoundCases() {
    }

    static LockedFile lockOf(DSLContext tx, long caseId) {
        String title = tx.select(CASE_FILE.TITLE).from(CASE_FILE).where(CASE_FILE.ID.eq(caseId)).forUpdate()
                .fetchOptional(CASE_FILE.TITLE).orElseThrow(() -> new AnjuanException("case.notFound", caseId));
        List<String> numbers = tx.select(VOLUME.ARCHIVE_NUMBER).from(VOLUME)
                .where(VOLUME.CASE_ID.eq(caseId), VOLUME.STATUS.eq(BOUND)).orderBy(VOLUME.VOLUME_NO)
                .fetch(VOLUME.ARCHIVE_NUMBER);
        return new LockedFile(title, numbers);
    }
}
