package org.anjuan.ui;

import static org.anjuan.ui.FakeLedgerDesk.FIRST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.anjuan.app.LedgerRequest;
import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.Visitor;
import org.anjuan.domain.VisitorCategory;
import org.anjuan.i18n.Messages;
import org.anjuan.ui.UiFixtures.FakeRegister;
import org.junit.jupiter.api.Test;

/** The home screen's status bar counts the loans out past their due date and opens them on request. */
class MainLedgerNoticeTest {

    @Test
    void overdueLoansAreCountedOnTheHomeScreenAndOpenTheLedgerOnThem() {
        FakeLedgerDesk desk = new FakeLedgerDesk();
        LedgerEntry e = desk.register(new LedgerRequest(LedgerKind.LENDING, new Visitor("王芳", "执法监督处",
                VisitorCategory.INTERNAL_STAFF, "工作证", "0012", null), List.of(FIRST), "复查", null, null));
        desk.approve(e.id(), "陈局长");
        desk.sign(e.id(), SignatureImage.png(strokes(), SignatureImage.Ground.WHITE));
        FakeRegister register = new FakeRegister();
        register.ledger = desk;
        MainViewModel vm = new MainViewModel(BackgroundTasks.sameThread(), Messages.chinese(), (h, m, x) -> { },
                new PrintAnswers(), () -> LocalDate.of(2024, 3, 16));

        vm.connect(() -> register);
        assertThat(vm.ledgerOverdueNotice().get()).as("a 14-day loan is not yet due").isEmpty();

        desk.today = LocalDate.of(2024, 4, 1);
        vm.refresh();
        assertThat(vm.ledgerOverdueNotice().get()).isEqualTo("1 条借阅、查阅登记逾期未还");

        vm.openLedger(true);
        assertThat(vm.ledger().showingProperty().get()).isTrue();
        assertThat(vm.ledger().overdueOnlyProperty().get()).isTrue();
        assertThat(vm.ledger().rows()).extracting(LedgerEntryRow::daysOverdue).containsExactly(3L);

        vm.ledger().sideProperty().set(LedgerViewModel.Side.ENTRY);
        vm.ledger().scanned(FIRST);
        vm.ledger().entry().returnCountProperty().set("120");
        vm.ledger().entry().confirmReturn();
        assertThat(vm.ledgerOverdueNotice().get()).as("counted again once it is back").isEmpty();
    }

    private static SignatureStrokes strokes() {
        SignatureStrokes ink = new SignatureStrokes();
        SignatureImageTest.stroke(ink, 10, 40, 200, 60);
        return ink;
    }
}
