package org.anjuan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.Approval;
import org.anjuan.domain.LawyerCredentials;
import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerFile;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerQuery;
import org.anjuan.domain.Signature;
import org.anjuan.domain.Visitor;
import org.anjuan.domain.VisitorCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LedgerRepositoryTest {

    private static final LocalDateTime AT = LocalDateTime.of(2024, 3, 15, 9, 30);

    private Database db;
    private LedgerRepository ledger;

    @BeforeEach
    void open() {
        db = Database.openInMemory("ledgerrepo" + System.nanoTime());
        LedgerShelf.fill(db);
        ledger = new LedgerRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEntryIsStoredWithItsVolumesAndReadBackWhole() {
        LedgerEntry e = ledger.insert(entry(LedgerShelf.FIRST, LedgerShelf.SECOND), "林晓");
        assertThat(e.id()).isNotNull();
        assertThat(e.seq()).isEqualTo(1);
        assertThat(e.files()).extracting(f -> f.volume().archiveNumber() + " " + f.volume().volumeText() + " "
                + f.volume().pages()).containsExactly(LedgerShelf.FIRST + " 第1卷 共2卷 120", LedgerShelf.SECOND
                + " 第2卷 共2卷 85");
        assertThat(e.files().get(0).volume().title()).isEqualTo(LedgerShelf.TITLE);
        assertThat(e.visitor().idDocument()).isEqualTo("身份证 350203198001010011");
        assertThat(ledger.insert(entry(LedgerShelf.MAIN), "林晓").seq()).isEqualTo(2);
        assertThat(ledger.find(LedgerQuery.ALL)).hasSize(2);
        assertThat(ledger.volume(LedgerShelf.SECONDARY).orElseThrow().secondary()).isTrue();
        assertThat(ledger.volume(LedgerShelf.SECRET).orElseThrow().restriction()).isEqualTo("密级 秘密");
        assertThat(ledger.volume("2023年厦国动罚字第99号")).isEmpty();
    }

    @Test
    void theStoreItselfRefusesToChangeOrResignASignedEntry() throws IOException {
        LedgerEntry e = ledger.insert(entry(LedgerShelf.FIRST), "林晓");
        byte[] png = png();
        ledger.sign(e.id(), new Signature(png, AT), "林晓", x -> LocalDate.of(2024, 3, 15));
        AnjuanException changed = catchThrowableOfType(AnjuanException.class, () -> ledger.change(e.id(), "林晓",
                "ledger.approve", "x", x -> new LedgerEntry(x.id(), x.seq(), x.kind(), x.registeredAt(), x.visitor(),
                        x.files(), "改过的事由", x.copy(), new Approval("另一人", AT), null, LawyerCredentials.NONE,
                        null, x.dueDate(), x.handedOutAt(), x.clerk(), x.signature(), x.remarks())));
        assertThat(changed.key()).isEqualTo("ledger.refuse.signed");
        AnjuanException resigned = catchThrowableOfType(AnjuanException.class, () -> ledger.sign(e.id(),
                new Signature(png(), AT.plusHours(1)), "林晓", x -> LocalDate.of(2024, 3, 15)));
        assertThat(resigned.key()).isEqualTo("ledger.refuse.signed");
        LedgerEntry stored = ledger.get(e.id());
        assertThat(stored.purpose()).isEqualTo("了解处罚依据");
        assertThat(stored.signature()).isEqualTo(new Signature(png, AT));
        assertThat(new AuditLog(db).recent(null, "ledger_entry", 10)).extracting(a -> a.action())
                .containsExactlyInAnyOrder("ledger.register", "ledger.sign");
    }

    @Test
    void loanPeriodsAreKeptAsSettings() {
        assertThat(ledger.loanPeriods().daysFor(VisitorCategory.INTERNAL_STAFF)).isEqualTo(14);
        ledger.saveLoanPeriods(ledger.loanPeriods().with(VisitorCategory.INTERNAL_STAFF, 7), "管理员");
        assertThat(new LedgerRepository(db).loanPeriods().daysFor(VisitorCategory.INTERNAL_STAFF)).isEqualTo(7);
        assertThat(new AuditLog(db).recent(null, "setting", 5)).extracting(a -> a.entityId())
                .contains("ledger.loanDays");
    }

    private static LedgerEntry entry(String... numbers) {
        Visitor v = new Visitor("张某", "厦门某置业有限公司", VisitorCategory.PARTY, "身份证", "350203198001010011", null);
        List<LedgerFile> files = java.util.Arrays.stream(numbers).map(n -> LedgerFile.requested(
                new org.anjuan.domain.LedgerVolume(n, 0, 0, 0, null, 0, false, null, null))).toList();
        return new LedgerEntry(null, 0, LedgerKind.CONSULTATION, AT, v, files, "了解处罚依据", null, null, null, null,
                null, null, null, "林晓", null, null);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
