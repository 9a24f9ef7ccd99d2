package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.CASE_FILE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.anjuan.domain.ArchiveNumber;
import org.anjuan.domain.ArchiveNumberFormat;
import org.anjuan.domain.BoundVolume;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CaseFlag;
import org.anjuan.domain.Category;
import org.anjuan.domain.CategoryWords;
import org.anjuan.domain.RetentionPeriod;

/** Bound cases in a register, made the way binding records them: a case, its numbers, its bound volumes. */
public final class RegisterFixture {

    private static final String CLERK = "档案员";
    private final CaseRepository cases;
    private final NumberRegister numbers;
    private final VolumeRepository volumes;
    private final Database db;
    private int made;

    public RegisterFixture(Database db) {
        this.db = db;
        this.cases = new CaseRepository(db);
        this.numbers = new NumberRegister(db);
        this.volumes = new VolumeRepository(db);
    }

    /** Binds a case of {@code count} volumes closed on {@code closed}; returns their archive numbers. */
    public List<String> bind(Category category, LocalDate closed, int count) {
        return bind(category, closed, count, Set.of());
    }

    public List<String> bind(Category category, LocalDate closed, int count, Set<CaseFlag> flags) {
        made++;
        CaseFile c = cases.save(new CaseFile(null, category, "厦门某公司第" + made + "号违法案", List.of("厦门某公司"),
                "执法监督处", "李明", closed.minusMonths(2), closed, flags, null, List.of(), null), CLERK);
        String word = CategoryWords.defaults().wordFor(category);
        List<ArchiveNumber> issued = numbers.issue(ArchiveNumberFormat.standard(), closed.getYear(), word, count,
                c.id(), CLERK);
        List<BoundVolume> bound = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = issued.get(i).text();
            bound.add(new BoundVolume(i + 1, count, false, text, text + ".pdf", 100 + i, 5));
        }
        volumes.saveBound(c.id(), bound, CLERK);
        return issued.stream().map(ArchiveNumber::text).toList();
    }

    /** A number taken on its own and voided, as after a clerk's mistake: it never gets a volume. */
    public String voidedNumber(int year, String word) {
        String text = numbers.issue(ArchiveNumberFormat.standard(), year, word, 1, null, CLERK).get(0).text();
        numbers.voidNumber(text, "误取号", CLERK);
        return text;
    }

    /**
     * The clerk's choice of period for the case that holds this number, as made before it was bound: written
     * straight into the register, since a bound case refuses the change (第九条).
     */
    public void chooseRetention(String archiveNumber, RetentionPeriod period) {
        long caseId = numbers.all().stream().filter(n -> n.text().equals(archiveNumber)).findFirst().orElseThrow()
                .caseId();
        db.dsl().update(CASE_FILE).set(CASE_FILE.RETENTION_PERIOD, period.name())
                .set(CASE_FILE.RETENTION_REASON, "经分管领导批准").where(CASE_FILE.ID.eq(caseId)).execute();
    }
}
