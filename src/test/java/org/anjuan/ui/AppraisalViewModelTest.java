package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveNumberFormat;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.domain.Category;
import org.anjuan.domain.RetentionPeriod;
import org.anjuan.i18n.Messages;
import org.anjuan.ui.UiFixtures.FakeRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 到期鉴定 without a toolkit: same-thread tasks, bound volumes in memory, today 5 January 2024. */
class AppraisalViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 1, 5);

    private final List<String> shown = new ArrayList<>();
    private final FakeRegister fake = new FakeRegister();
    private MainViewModel main;
    private AppraisalViewModel vm;

    @BeforeEach
    void setUp() {
        fake.archived.add(volume(2013, 1, RetentionPeriod.YEARS_10, null));   // ends 2023-12-31
        fake.archived.add(volume(2013, 2, RetentionPeriod.PERMANENT, null));  // never
        fake.archived.add(volume(2012, 5, RetentionPeriod.YEARS_10, 3));      // ends 2022-12-31, in box 3
        fake.archived.add(volume(2014, 1, RetentionPeriod.YEARS_10, null));   // ends 2024-12-31
        main = new MainViewModel(BackgroundTasks.sameThread(), Messages.chinese(),
                (header, message, details) -> shown.add(header + "|" + message), new PrintAnswers(), () -> TODAY);
        vm = main.appraisal();
    }

    @Test
    void opensAsOfTodayWithTheFilesWhosePeriodHasEnded() {
        main.openAppraisal();
        assertThat(vm.showingProperty().get()).isFalse(); // not before the register is open
        main.connect(() -> fake);
        main.openAppraisal();
        assertThat(vm.showingProperty().get()).isTrue();
        assertThat(vm.asOfProperty().get()).isEqualTo(TODAY);
        assertThat(vm.rows()).containsExactly(
                new AppraisalRow("2012年厦国动罚字第05号", "第5号案", "10年", "2012", "2022年12月31日", "2012-罚-003"),
                new AppraisalRow("2013年厦国动罚字第01号", "第1号案", "10年", "2013", "2023年12月31日", "未装盒"));
        assertThat(vm.summaryProperty().get()).isEqualTo("截至 2024年1月5日，共 2 卷保管期限届满，应组织鉴定。");
        assertThat(shown).isEmpty();
    }

    @Test
    void anotherDayOrMoreDaysAheadReadsTheListAgain() {
        main.connect(() -> fake);
        main.openAppraisal();
        vm.asOfProperty().set(LocalDate.of(2023, 12, 30));
        assertThat(vm.rows()).extracting(AppraisalRow::number).containsExactly("2012年厦国动罚字第05号");
        vm.withinProperty().set(367); // 2024 has 29 February: 30 December + 367 days = 31 December 2024
        assertThat(vm.rows()).extracting(AppraisalRow::number).containsExactly("2012年厦国动罚字第05号",
                "2013年厦国动罚字第01号", "2014年厦国动罚字第01号");
        assertThat(vm.summaryProperty().get()).isEqualTo("截至 2024年12月31日，共 3 卷保管期限届满，应组织鉴定。");
        vm.asOfProperty().set(LocalDate.of(2020, 1, 1));
        vm.withinProperty().set(0);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo("截至 2020年1月1日，没有保管期限届满的案卷。");

        vm.close();
        assertThat(vm.showingProperty().get()).isFalse();
        main.openAppraisal(); // opens again as of today
        assertThat(vm.asOfProperty().get()).isEqualTo(TODAY);
        assertThat(vm.rows()).hasSize(2);
    }

    @Test
    void aFailedReadIsShownInChineseAndEmptiesTheList() {
        fake.appraisalFailure = new AnjuanException("deadlines.within.negative", "-1");
        main.connect(() -> fake);
        main.openAppraisal();
        assertThat(vm.rows()).isEmpty();
        assertThat(shown).containsExactly("未能读取到期鉴定清单|天数 -1 无效：请写 0 或正整数，即截至日期后再往后看的天数。");
        assertThat(vm.summaryProperty().get()).isEqualTo("未能读取到期鉴定清单");
    }

    private static BoxableVolume volume(int year, int seq, RetentionPeriod period, Integer box) {
        return new BoxableVolume(year * 100L + seq, ArchiveNumberFormat.standard().number(year, "罚", seq).text(),
                year, "罚", seq, period == RetentionPeriod.YEARS_10 ? Category.PUNISHMENT_SIMPLE
                        : Category.PUNISHMENT_GENERAL, period, LocalDate.of(year, 6, 1), "第" + seq + "号案", 20,
                box == null ? null : 500L + box, box);
    }
}
