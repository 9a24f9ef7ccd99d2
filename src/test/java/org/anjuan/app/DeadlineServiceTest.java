package org.anjuan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.Category;
import org.anjuan.domain.ExpiringFile;
import org.anjuan.domain.OverdueCase;
import org.anjuan.domain.RetentionPeriod;
import org.anjuan.store.BoxRepository;
import org.anjuan.store.CaseRepository;
import org.anjuan.store.Database;
import org.anjuan.store.RegisterFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadlineServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 1, 5);

    @TempDir
    Path dir;

    private Database db;
    private CaseRepository cases;
    private DeadlineService service;
    private RegisterFixture register;

    @BeforeEach
    void open() {
        db = Database.openFile(dir.resolve("register"));
        cases = new CaseRepository(db);
        service = new DeadlineService(cases, new BoxRepository(db));
        register = new RegisterFixture(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void overdueAreTheUnboundCasesPastThirtyDaysLatestFirst() {
        long late = unbound("厦门某商场人防工程使用情况检查", LocalDate.of(2023, 11, 20));
        long later = unbound("某小区人防工程维护管理检查", LocalDate.of(2023, 10, 1));
        unbound("某公司防空地下室检查", LocalDate.of(2023, 12, 6)); // deadline 5 January: still in time
        unbound("今天结案的检查", AS_OF);
        register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 9, 1), 1);
        register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 9, 2), 1); // bound: never overdue

        List<OverdueCase> overdue = service.overdue(AS_OF);

        assertThat(overdue).extracting(o -> o.summary().id(), OverdueCase::daysOverdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(later, 66L),
                        org.assertj.core.groups.Tuple.tuple(late, 16L));
        assertThat(overdue.get(1).deadline()).isEqualTo(LocalDate.of(2023, 12, 20));
        assertThat(service.overdue(LocalDate.of(2023, 12, 20))).extracting(o -> o.summary().id())
                .containsExactly(later);
    }

    @Test
    void archivedFilesExpireFromTheYearAfterTheirNumbersYear() {
        register.bind(Category.PUNISHMENT_SIMPLE, LocalDate.of(2013, 12, 31), 1);    // 10年 → 2023-12-31
        register.bind(Category.INSPECTION, LocalDate.of(1993, 1, 4), 2);             // 30年 → 2023-12-31
        register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(1990, 5, 1), 1);     // 永久
        register.bind(Category.PUNISHMENT_SIMPLE, LocalDate.of(2014, 1, 2), 1);      // 10年 → 2024-12-31
        String chosen = register.bind(Category.INSPECTION, LocalDate.of(2012, 6, 1), 1).get(0);
        register.chooseRetention(chosen, RetentionPeriod.YEARS_10);                   // clerk's 10年 → 2022-12-31

        assertThat(service.expiries()).extracting(f -> f.volume().archiveNumber(), f -> f.expiry().orElse(null))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2012年厦国动检字第01号", LocalDate.of(2022, 12, 31)),
                        org.assertj.core.groups.Tuple.tuple("1993年厦国动检字第01号", LocalDate.of(2023, 12, 31)),
                        org.assertj.core.groups.Tuple.tuple("1993年厦国动检字第02号", LocalDate.of(2023, 12, 31)),
                        org.assertj.core.groups.Tuple.tuple("2013年厦国动罚字第01号", LocalDate.of(2023, 12, 31)),
                        org.assertj.core.groups.Tuple.tuple("2014年厦国动罚字第01号", LocalDate.of(2024, 12, 31)),
                        org.assertj.core.groups.Tuple.tuple("1990年厦国动罚字第01号", null));

        assertThat(service.dueForAppraisal(AS_OF, 0)).extracting(f -> f.volume().archiveNumber())
                .containsExactly("2012年厦国动检字第01号", "1993年厦国动检字第01号", "1993年厦国动检字第02号",
                        "2013年厦国动罚字第01号");
        assertThat(service.dueForAppraisal(LocalDate.of(2022, 12, 30), 0)).isEmpty();
        assertThat(service.dueForAppraisal(LocalDate.of(2024, 12, 1), 30)).extracting(ExpiringFile::volume)
                .hasSize(5);
        assertThatThrownBy(() -> service.dueForAppraisal(AS_OF, -3)).isInstanceOf(AnjuanException.class);
    }

    private long unbound(String title, LocalDate closed) {
        return cases.save(new CaseFile(null, Category.INSPECTION, title, List.of("某公司"), "工程管理处", "陈伟",
                closed.minusDays(20), closed, java.util.Set.of(), null, List.of(), null), "档案员").id();
    }
}
