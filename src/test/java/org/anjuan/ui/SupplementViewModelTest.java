package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.Addition;
import org.anjuan.domain.Correction;
import org.anjuan.domain.Supplement;
import org.anjuan.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 增补/补正… dialog refuses an addition without approver or reason, in Chinese, and sends nothing. */
class SupplementViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 1, 8);

    private final List<Object> sent = new ArrayList<>();
    private final SupplementDesk desk = new SupplementDesk() {
        @Override
        public Supplement add(long caseId, Addition a) {
            sent.add(a);
            return Supplement.addition(1, caseId, "2023年厦国动罚字第01号", a.approvedAt(), "档案员", a, 4);
        }

        @Override
        public Supplement correct(long caseId, Correction c) {
            sent.add(c);
            return Supplement.correction(2, caseId, "2023年厦国动罚字第01号", TODAY.atStartOfDay(), "档案员", c);
        }
    };
    private SupplementViewModel vm;
    private int recorded;

    @BeforeEach
    void open() {
        vm = new SupplementViewModel(BackgroundTasks.sameThread(), Messages.chinese());
        vm.setOnRecorded(() -> recorded++);
        vm.openFor(desk, 7, "陈某倾倒废弃物案", TODAY);
    }

    @Test
    void anAdditionWithoutApproverOrReasonIsRefusedInTheDialog() {
        assertThat(vm.showingProperty().get()).isTrue();
        assertThat(vm.headingProperty().get()).contains("陈某倾倒废弃物案");
        vm.titleProperty().set("送达回证");
        vm.pagesProperty().set("2");
        vm.reasonProperty().set("原归档时遗漏");

        vm.submit();
        assertThat(vm.problemProperty().get()).contains("须经分管领导批准").contains("请填写批准人");

        vm.approverProperty().set("张副主任");
        vm.reasonProperty().set(" ");
        vm.submit();
        assertThat(vm.problemProperty().get()).contains("请填写增补理由");

        vm.approvedOnProperty().set(null);
        vm.reasonProperty().set("原归档时遗漏");
        vm.submit();
        assertThat(vm.problemProperty().get()).contains("请填写批准时间");
        assertThat(sent).isEmpty();
        assertThat(vm.showingProperty().get()).isTrue();
        assertThat(recorded).isZero();
    }

    @Test
    void anApprovedAdditionIsSentAndTheDialogCloses() {
        vm.approverProperty().set("张副主任");
        vm.reasonProperty().set("原归档时遗漏");
        vm.titleProperty().set("送达回证");
        vm.pagesProperty().set("二");
        vm.submit();
        assertThat(vm.problemProperty().get()).contains("正整数");

        vm.pagesProperty().set(" 2 ");
        vm.submit();

        assertThat(sent).singleElement().isInstanceOfSatisfying(Addition.class, a -> {
            assertThat(a.approver()).isEqualTo("张副主任");
            assertThat(a.approvedAt().toLocalDate()).isEqualTo(TODAY);
            assertThat(a.pages()).isEqualTo(2);
        });
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.showingProperty().get()).isFalse();
        assertThat(recorded).isEqualTo(1);
    }

    @Test
    void aCorrectionNeedsWhatWasWrongAndWhatWasDone() {
        vm.additionProperty().set(false);
        vm.wrongProperty().set("目录题名错字");
        vm.submit();
        assertThat(vm.problemProperty().get()).contains("补正情况");

        vm.doneProperty().set("已更正");
        vm.submit();
        assertThat(sent).singleElement().isEqualTo(new Correction("目录题名错字", "已更正"));
        assertThat(vm.showingProperty().get()).isFalse();
    }

    @Test
    void theDetailsShowABoundCaseLockedAndOfferTheDialogOnlyThen() {
        CaseDetailsViewModel details = new CaseDetailsViewModel(Messages.chinese());
        List<String> asked = new ArrayList<>();
        details.setOnSupplement(() -> asked.add("增补/补正"));

        details.show(UiFixtures.details(UiFixtures.punishment(1), List.of(UiFixtures.number("2023年厦国动罚字第01号",
                true, "误取号"))), TODAY);
        assertThat(details.lockedProperty().get()).isFalse();
        assertThat(details.lockProperty().get()).isEqualTo("未锁定（尚未装订）");
        details.requestSupplement();
        assertThat(asked).isEmpty();

        details.show(UiFixtures.details(UiFixtures.punishment(1), List.of(UiFixtures.number("2023年厦国动罚字第02号",
                false, null))), TODAY);
        assertThat(details.lockProperty().get()).startsWith("已锁定").contains("第九条");
        details.requestSupplement();
        assertThat(asked).containsExactly("增补/补正");
    }
}
