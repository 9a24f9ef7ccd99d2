package org.anjuan.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CaseFlag;
import org.anjuan.domain.Category;
import org.anjuan.domain.CopyVerification;
import org.anjuan.domain.Material;
import org.anjuan.domain.MaterialKind;
import org.anjuan.domain.Secrecy;

/** A realistic punishment case for store tests. */
final class TestCases {

    private TestCases() {
    }

    static CaseFile punishment(String sourceDir) {
        return new CaseFile(null, Category.PUNISHMENT_GENERAL, "厦门某置业有限公司未按规定修建防空地下室案",
                List.of("厦门某置业有限公司", "张某"), "执法监督处", "李明、王芳",
                LocalDate.of(2023, 3, 1), LocalDate.of(2023, 11, 20), Set.of(CaseFlag.REVIEW),
                new Secrecy(null, null, null, "承办人、分管领导"),
                List.of(new Material("立案审批表", null, "执法监督处", LocalDate.of(2023, 3, 1), MaterialKind.DOCUMENT,
                                null, 2, null, false, null),
                        new Material("行政处罚决定书", "厦国动罚决〔2023〕5号", "厦门市国防动员办公室",
                                LocalDate.of(2023, 10, 8), MaterialKind.DOCUMENT, "scans/decision.pdf", 4, null,
                                false, null),
                        new Material("罚没款收据复印件", null, "厦门市财政局", LocalDate.of(2023, 11, 2),
                                MaterialKind.EVIDENCE, null, 1,
                                new CopyVerification("厦门市财政局", "王芳", LocalDate.of(2023, 11, 3)), false, null)),
                sourceDir);
    }

    static long store(Database db) {
        return new CaseRepository(db).save(punishment(null), "档案员").id();
    }
}
