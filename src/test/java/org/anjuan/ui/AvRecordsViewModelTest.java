package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.AvCheck;
import org.anjuan.domain.AvDeadline;
import org.anjuan.domain.AvItem;
import org.anjuan.domain.AvKind;
import org.anjuan.domain.AvLongTermReason;
import org.anjuan.domain.AvRecord;
import org.anjuan.domain.ProgressListener;
import org.anjuan.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AvRecordsViewModelTest {

    private static final AvRecord ON_TIME = record(1, "现场检查录像", "/srv/av/1.mp4", LocalDateTime.of(2023, 5, 6, 17, 0));
    private static final AvRecord LATE = record(2, "询问录音", "/srv/av/2.mp3", LocalDateTime.of(2023, 5, 8, 9, 0));

    private final List<String> shown = new ArrayList<>();
    private final FakeShelf shelf = new FakeShelf();
    private AvRecordsViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new AvRecordsViewModel(BackgroundTasks.sameThread(), Messages.chinese(),
                (header, message, details) -> shown.add(header + "|" + message));
        vm.connect(shelf);
    }

    @Test
    void openingListsTheCaseRecordsWithTheirMarksAndReasons() {
        vm.open(7, "陈某向人民防空工程内倾倒废弃物案");
        assertThat(vm.showingProperty().get()).isTrue();
        assertThat(vm.headingProperty().get()).isEqualTo("音像资料和电子数据：陈某向人民防空工程内倾倒废弃物案");
        assertThat(vm.rows()).extracting(AvRow::title).containsExactly("现场检查录像", "询问录音");
        assertThat(vm.rows()).extracting(AvRow::marks).containsExactly("", "逾期存储、长期保存");
        assertThat(vm.rows().get(1).reasons()).contains(
                "逾期存储：录制后 46 小时 30 分钟才存入专用存储器，超过 24 小时的期限（第十四条）。",
                "长期保存（刻录光盘或存储至专门硬盘，第十五条）：第十五条（三），当事人阻碍执法");
        assertThat(vm.rows().get(1).storedAt()).isEqualTo("2023年5月8日 09:00");
        assertThat(vm.statusProperty().get()).isEqualTo("共 2 项，逾期存储 1 项，需长期保存 1 项。");
        assertThat(vm.verifyDisabled().get()).isFalse();
    }

    @Test
    void checkingShowsEachRecordsResultAndCountsTheFailures() {
        vm.open(7, "某案");
        shelf.results = List.of(AvCheck.Result.OK, AvCheck.Result.CHANGED);
        vm.verify();
        assertThat(vm.rows()).extracting(AvRow::check)
                .containsExactly("一致", "已改动：现在的 SHA-256 为 00ff，与登记时不同");
        assertThat(vm.rows()).extracting(AvRow::failed).containsExactly(false, true);
        assertThat(vm.statusProperty().get()).isEqualTo("已核验 2 项：1 项被改动或找不到，请查明原因并报告负责人。");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.verifyingProperty().get()).isFalse();
        assertThat(shelf.verifiedCase).isEqualTo(7);
    }

    @Test
    void aCancelledCheckSaysSoInPlaceWithoutAnErrorDialog() {
        vm.open(7, "某案");
        shelf.duringVerify = vm::cancel;
        vm.verify();
        assertThat(vm.statusProperty().get()).startsWith("已取消：");
        assertThat(vm.rows()).extracting(AvRow::check).containsOnly("");
        assertThat(vm.verifyingProperty().get()).isFalse();
        assertThat(shown).isEmpty();
    }

    @Test
    void aCaseWithoutRecordsHasNothingToCheck() {
        shelf.items = List.of();
        vm.open(8, "某案");
        assertThat(vm.verifyDisabled().get()).isTrue();
        vm.verify();
        assertThat(shelf.verifiedCase).isZero();
        assertThat(vm.statusProperty().get()).isEqualTo("共 0 项，逾期存储 0 项，需长期保存 0 项。");
    }

    @Test
    void closingHidesTheDialog() {
        vm.open(7, "某案");
        vm.close();
        assertThat(vm.showingProperty().get()).isFalse();
    }

    @Test
    void theCaseDetailsOpenTheRecordsOfTheSelectedCase() {
        UiFixtures.FakeRegister cases = new UiFixtures.FakeRegister();
        cases.cases.add(UiFixtures.summary(4, "某小区人防工程维护管理检查", "某物业服务有限公司",
                java.time.LocalDate.of(2023, 6, 10), ""));
        MainViewModel main = new MainViewModel(BackgroundTasks.sameThread(), Messages.chinese(),
                (header, message, details) -> shown.add(header), new PrintAnswers(), () -> java.time.LocalDate.of(2023, 7, 1));
        main.connect(() -> new CaseRegister() {
            @Override
            public List<org.anjuan.domain.CaseSummary> summaries() {
                return cases.summaries();
            }

            @Override
            public CaseDetails details(long caseId) {
                return cases.details(caseId);
            }

            @Override
            public org.anjuan.domain.CaseFile importFolder(Path caseDir) {
                return cases.importFolder(caseDir);
            }

            @Override
            public CaseBinding binding() {
                return cases.binding();
            }

            @Override
            public AuditCheck audit() {
                return cases.audit();
            }

            @Override
            public BoxDesk boxing() {
                return cases.boxing();
            }

            @Override
            public List<org.anjuan.domain.ExpiringFile> dueForAppraisal(java.time.LocalDate asOf, int withinDays) {
                return cases.dueForAppraisal(asOf, withinDays);
            }

            @Override
            public PrintDesk printing() {
                return cases.printing();
            }

            @Override
            public AvShelf avRecords() {
                return shelf;
            }
        });
        assertThat(main.details().avRecordsDisabledProperty().get()).as("no case selected").isTrue();
        main.selectedProperty().set(main.register().get(0));
        assertThat(main.details().avRecordsDisabledProperty().get()).isFalse();
        main.details().openAvRecords();
        assertThat(main.avRecords().showingProperty().get()).isTrue();
        assertThat(main.avRecords().headingProperty().get()).endsWith("某小区人防工程维护管理检查");
        assertThat(main.avRecords().rows()).hasSize(2);
    }

    private static AvRecord record(int seq, String title, String file, LocalDateTime stored) {
        return new AvRecord((long) seq, 7, seq, AvKind.guess(file), title, "陈建华", LocalDateTime.of(2023, 5, 6, 10, 30),
                "思明区某大厦", null, stored, file, file, 3L, "ab", Set.of());
    }

    private static final class FakeShelf implements AvShelf {
        List<AvItem> items = List.of(new AvItem(ON_TIME, new AvDeadline(24), List.of()),
                new AvItem(LATE, new AvDeadline(24), List.of(new AvLongTermReason("第十五条（三）", "当事人阻碍执法"))));
        List<AvCheck.Result> results = List.of();
        Runnable duringVerify = () -> { };
        long verifiedCase;

        @Override
        public List<AvItem> list(long caseId) {
            return items;
        }

        @Override
        public List<AvCheck> verify(long caseId, ProgressListener progress) {
            verifiedCase = caseId;
            progress.progress(1, 2, "1.mp4");
            duringVerify.run();
            if (progress.isCancelled()) {
                throw new AnjuanException("av.cancelled", "/srv/av/1.mp4");
            }
            progress.progress(2, 2, "2.mp3");
            List<AvCheck> checks = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                checks.add(new AvCheck(items.get(i).record(), results.get(i), "00ff"));
            }
            return checks;
        }

        @Override
        public void saveSheet(long caseId, Path out) {
        }
    }
}
