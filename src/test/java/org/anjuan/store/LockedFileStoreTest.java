package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.AUDIT_LOG;
import static org.anjuan.store.jooq.Tables.VOLUME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anjuan.domain.Addition;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.Category;
import org.anjuan.domain.Correction;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.Supplement;
import org.anjuan.domain.SupplementKind;
import org.anjuan.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The store checks the lock again inside each transaction (第九条), so a second clerk whose window still showed
 * the case unbound is refused too; supplements number their pages on, one clerk at a time.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class LockedFileStoreTest {

    @Parameter
    Engine engine;

    private static final LocalDateTime APPROVED = LocalDateTime.of(2024, 1, 8, 9, 30);

    @TempDir
    Path dir;

    private Database db;
    private long caseId;
    private List<String> numbers;

    @BeforeEach
    void bind() {
        db = engine.openFile(dir.resolve("register"));
        numbers = new RegisterFixture(db).bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 11, 20), 2);
        caseId = new NumberRegister(db).forCase(1).get(0).caseId();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyChangeToABoundCaseIsRefusedInTheStoreWithTheReasonAndLeavesNoAuditEntry() {
        int audited = db.dsl().fetchCount(AUDIT_LOG);
        CaseRepository cases = new CaseRepository(db);
        Messages zh = Messages.chinese();

        assertThatThrownBy(() -> cases.save(cases.get(caseId), "第二位档案员"))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(zh.text(e))
                        .contains("已装订归档", numbers.get(0), "不能再修改或重新导入材料", "增补手续"));
        assertThatThrownBy(() -> new VolumeRepository(db).setOverride(caseId, "a.pdf", 1, PageKind.BLANK, "第二位档案员"))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.key()).isEqualTo("locked.pageMarks"));
        assertThatThrownBy(() -> cases.setRetention(caseId, "YEARS_10", "误选", "第二位档案员"))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.key()).isEqualTo("locked.retention"));
        assertThatThrownBy(() -> new NumberRegister(db).voidNumber(numbers.get(1), "误取号", "第二位档案员"))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(zh.text(e))
                        .contains(numbers.get(0) + "、" + numbers.get(1)).contains("不能作废"));

        assertThat(db.dsl().fetchCount(AUDIT_LOG)).isEqualTo(audited);
        assertThat(new NumberRegister(db).forCase(caseId)).noneMatch(n -> n.voided());
        assertThat(new VolumeRepository(db).overrides(caseId)).isEmpty();
    }

    @Test
    void additionsGoAfterTheLastVolumesLastPageAndAreAudited() {
        SupplementRepository supplements = new SupplementRepository(db);
        Supplement first = supplements.add(caseId, addition("送达回证", 2), "档案员");
        Supplement second = supplements.add(caseId, addition("执行情况说明", 1), "档案员");
        Supplement fix = supplements.correct(caseId, numbers.get(0), new Correction("卷内目录第3号文号错写", "已更正"), "档案员");

        // the fixture's second volume had 101 numbered pages
        assertThat(first.archiveNumber()).isEqualTo(numbers.get(1));
        assertThat(first.pageRange()).isEqualTo("102–103");
        assertThat(second.pageRange()).isEqualTo("104");
        assertThat(fix.archiveNumber()).isEqualTo(numbers.get(0));
        assertThat(db.dsl().select(VOLUME.NUMBERED_PAGES).from(VOLUME).where(VOLUME.ARCHIVE_NUMBER.eq(numbers.get(1)))
                .fetchOne(VOLUME.NUMBERED_PAGES)).isEqualTo(104);
        assertThat(supplements.forCase(caseId)).extracting(Supplement::kind)
                .containsExactly(SupplementKind.ADDITION, SupplementKind.ADDITION, SupplementKind.CORRECTION);
        assertThat(supplements.forCase(caseId).get(0).addition().approver()).isEqualTo("张副主任");
        assertThat(db.dsl().select(AUDIT_LOG.ACTION).from(AUDIT_LOG).where(AUDIT_LOG.ACTION.like("supplement.%"))
                .orderBy(AUDIT_LOG.ID).fetch(AUDIT_LOG.ACTION))
                .containsExactly("supplement.add", "supplement.add", "supplement.correct");
    }

    @Test
    void twoClerksAddingAtOnceGetPagesThatFollowEachOther() throws Exception {
        SupplementRepository supplements = new SupplementRepository(db);
        ExecutorService clerks = Executors.newFixedThreadPool(4);
        try {
            List<Future<Supplement>> done = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String title = "补充材料" + i;
                done.add(clerks.submit(() -> supplements.add(caseId, addition(title, 2), "档案员")));
            }
            List<Integer> firsts = new ArrayList<>();
            for (Future<Supplement> f : done) {
                firsts.add(f.get().firstPage());
            }
            assertThat(firsts).containsExactlyInAnyOrder(102, 104, 106, 108);
        } finally {
            clerks.shutdownNow();
        }
    }

    @Test
    void aCaseNotYetBoundTakesNoSupplement() {
        long loose = TestCases.store(db);
        assertThatThrownBy(() -> new SupplementRepository(db).add(loose, addition("送达回证", 1), "档案员"))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(Messages.chinese().text(e))
                        .contains("尚未装订归档"));
    }

    private static Addition addition(String title, int pages) {
        return new Addition(title, pages, null, "张副主任", APPROVED, "原归档时遗漏");
    }

}
