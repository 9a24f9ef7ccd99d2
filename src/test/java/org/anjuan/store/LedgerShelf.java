package org.anjuan.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.anjuan.domain.BoundVolume;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.Category;
import org.anjuan.domain.Secrecy;

/**
 * Bound volumes on the archive's shelf, for the ledger's tests: an ordinary case in two volumes, a case with a
 * 副卷, and a secret case.
 */
public final class LedgerShelf {

    public static final String FIRST = "2023年厦国动罚字第01号";
    public static final String SECOND = "2023年厦国动罚字第02号";
    public static final String MAIN = "2023年厦国动罚字第03号";
    public static final String SECONDARY = "2023年厦国动罚字第04号";
    public static final String SECRET = "2023年厦国动检字第01号";
    public static final int FIRST_PAGES = 120;
    public static final int SECOND_PAGES = 85;
    public static final String TITLE = "厦门某置业有限公司未按规定修建防空地下室案";

    private LedgerShelf() {
    }

    /** Stores the three cases and binds their volumes. */
    public static void fill(Database db) {
        CaseRepository cases = new CaseRepository(db);
        VolumeRepository volumes = new VolumeRepository(db);
        long plain = cases.save(caseFile(TITLE, Secrecy.NONE), "档案员").id();
        volumes.saveBound(plain, List.of(new BoundVolume(1, 2, false, FIRST, "v1.pdf", FIRST_PAGES, 20),
                new BoundVolume(2, 2, false, SECOND, "v2.pdf", SECOND_PAGES, 12)), "档案员");
        long withSecondary = cases.save(caseFile("某公司擅自拆除人民防空工程案", Secrecy.NONE), "档案员").id();
        volumes.saveBound(withSecondary, List.of(new BoundVolume(1, 2, false, MAIN, "z.pdf", 60, 10),
                new BoundVolume(2, 2, true, SECONDARY, "f.pdf", 14, 3)), "档案员");
        long secret = cases.save(caseFile("某单位人防工程专项检查案", new Secrecy("秘密", "10年", null, null)), "档案员").id();
        volumes.saveBound(secret, List.of(new BoundVolume(1, 1, false, SECRET, "s.pdf", 40, 6)), "档案员");
    }

    private static CaseFile caseFile(String title, Secrecy secrecy) {
        return new CaseFile(null, Category.PUNISHMENT_GENERAL, title, List.of("厦门某置业有限公司"), "执法监督处", "李明",
                LocalDate.of(2023, 3, 1), LocalDate.of(2023, 11, 20), Set.of(), secrecy, List.of(), null);
    }
}
