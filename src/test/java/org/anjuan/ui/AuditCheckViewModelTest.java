package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.i18n.Messages;
import org.anjuan.ui.UiFixtures.FakeRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 工具 → 核验审计日志… without a toolkit: the finding for the dialog, the status line, a failed check. */
class AuditCheckViewModelTest {

    private final List<String> shown = new ArrayList<>();
    private final List<AuditFinding> findings = new ArrayList<>();
    private final FakeRegister fake = new FakeRegister();
    private MainViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new MainViewModel(BackgroundTasks.sameThread(), Messages.chinese(),
                (header, message, details) -> shown.add(header + "|" + message), new PrintAnswers(),
                () -> LocalDate.of(2026, 11, 23));
        vm.auditCheck().findingProperty().addListener((obs, old, f) -> {
            if (f != null) {
                findings.add(f);
            }
        });
    }

    @Test
    void nothingIsCheckedBeforeTheDatabaseIsOpen() {
        vm.verifyAudit();
        assertThat(findings).isEmpty();
    }

    @Test
    void anIntactLogIsReportedEachTimeItIsChecked() {
        vm.connect(() -> fake);
        vm.verifyAudit();
        vm.verifyAudit();
        assertThat(findings).hasSize(2).allSatisfy(f -> assertThat(f.intact()).isTrue());
        assertThat(vm.statusProperty().get()).isEqualTo("审计日志完整。");
        assertThat(shown).isEmpty();
    }

    @Test
    void aBrokenLogIsReportedWithTheLineAndWhatToDo() {
        fake.auditFinding = new AuditFinding(false, "审计日志第 5 条记录写入后被改动过：它的内容与写入时的校验值不符。",
                "请不要再修改数据库");
        vm.connect(() -> fake);
        vm.verifyAudit();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.intact()).isFalse();
            assertThat(f.verdict()).contains("第 5 条");
        });
        assertThat(vm.statusProperty().get()).isEqualTo("审计日志已被改动，见对话框。");
    }

    @Test
    void aCheckThatCannotRunIsShownAsAFailure() {
        fake.auditFailure = new AnjuanException("store.locked", "/data/anjuan", "locked");
        vm.connect(() -> fake);
        vm.verifyAudit();
        assertThat(findings).isEmpty();
        assertThat(shown).singleElement().asString().startsWith("未能核验审计日志|");
        assertThat(vm.statusProperty().get()).isEqualTo("未能核验审计日志");
    }
}
