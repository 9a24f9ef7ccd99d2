package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.anjuan.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LendingRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2024, 3, 15, 9, 30);
    private static final LedgerVolume PLAIN = new LedgerVolume("2023年厦国动罚字第01号", 1, 1, 2, "某案", 120, false,
            null, null);
    private static final LedgerVolume SECONDARY = new LedgerVolume("2023年厦国动罚字第04号", 2, 2, 2, "某案", 14, true,
            null, null);
    private static final LedgerVolume SECRET = new LedgerVolume("2023年厦国动检字第01号", 3, 1, 1, "某案", 40, false,
            "秘密", null);
    private static final Approval HEAD = new Approval("刘主任", NOW);

    private final Messages zh = Messages.chinese();

    @ParameterizedTest
    @EnumSource(value = VisitorCategory.class, names = "INTERNAL_STAFF", mode = EnumSource.Mode.EXCLUDE)
    void onlyInternalStaffMayTakeAFileOut(VisitorCategory category) {
        LedgerRefusal r = LendingRules.kindAllowed(LedgerKind.LENDING, visitor(category)).orElseThrow();
        assertThat(r.key()).isEqualTo("ledger.refuse.lendingInternalOnly");
        assertThat(r.article()).isEqualTo("第十九条");
        assertThat(text(r)).startsWith("借阅（把案卷带出档案室）只限内部工作人员（第十九条）；" + category.label() + "经批准后在档案室内查阅");
        assertThat(LendingRules.kindAllowed(LedgerKind.CONSULTATION, visitor(category))).isEmpty();
        assertThat(LendingRules.kindAllowed(LedgerKind.LENDING, visitor(VisitorCategory.INTERNAL_STAFF))).isEmpty();
    }

    @Test
    void internalStaffNeedTheHeadsApprovalBeforeAFileGoesOut() {
        LedgerEntry e = entry(LedgerKind.LENDING, VisitorCategory.INTERNAL_STAFF, List.of(PLAIN), null);
        assertThat(keys(e)).containsExactly("ledger.refuse.approval.internal");
        assertThat(text(LendingRules.beforeSigning(e, Map.of()).get(0))).contains("主管领导审批（第十九条）");
        assertThat(LendingRules.beforeSigning(approved(e), Map.of())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = VisitorCategory.class, names = {"PARTY", "OTHER_AGENCY", "OTHER"})
    void visitorsConsultOnlyAfterApproval(VisitorCategory category) {
        LedgerEntry e = entry(LedgerKind.CONSULTATION, category, List.of(PLAIN), null);
        LedgerRefusal r = LendingRules.beforeSigning(e, Map.of()).get(0);
        assertThat(r.key()).isEqualTo("ledger.refuse.approval.visitor");
        assertThat(text(r)).startsWith(category.label() + "查阅档案须填写登记并经批准（第十八条）");
        assertThat(LendingRules.beforeSigning(approved(e), Map.of())).isEmpty();
    }

    @Test
    void aLawyerShowsAllThreePapersEachRecordedAsSeen() {
        LedgerEntry e = approved(entry(LedgerKind.CONSULTATION, VisitorCategory.LAWYER, List.of(PLAIN), null));
        assertThat(keys(e)).containsExactly("ledger.refuse.lawyer.credentials");
        assertThat(text(LendingRules.beforeSigning(e, Map.of()).get(0)))
                .contains("尚未查验：授权委托书、律师事务所函、律师执业证");
        LedgerEntry twoSeen = withCredentials(e, new LawyerCredentials(true, false, true));
        assertThat(text(LendingRules.beforeSigning(twoSeen, Map.of()).get(0))).contains("尚未查验：律师事务所函。");
        assertThat(LendingRules.beforeSigning(withCredentials(e, new LawyerCredentials(true, true, true)), Map.of()))
                .isEmpty();
    }

    @Test
    void anExcerptOrCopyNeedsThePurposeAndTheArchiveHeadsApproval() {
        LedgerEntry noPurpose = approved(entry(LedgerKind.CONSULTATION, VisitorCategory.PARTY, List.of(PLAIN),
                new CopyRequest("第3-7页", null)));
        assertThat(keys(noPurpose)).containsExactly("ledger.refuse.copy.purpose", "ledger.refuse.copy.approval");
        assertThat(LendingRules.beforeSigning(noPurpose, Map.of())).extracting(this::text).containsExactly(
                "摘抄、复制须在登记中写明用途（第十八条）：请补写摘抄复制的用途。",
                "摘抄、复制须经档案室负责人批准（第十八条）：请先记录批准人，或撤销摘抄复制的申请。");
        LedgerEntry withPurpose = approved(entry(LedgerKind.CONSULTATION, VisitorCategory.PARTY, List.of(PLAIN),
                new CopyRequest("第3-7页", "提起行政诉讼")));
        assertThat(keys(withPurpose)).containsExactly("ledger.refuse.copy.approval");
        LedgerEntry both = new LedgerEntry(1L, 1, withPurpose.kind(), NOW, withPurpose.visitor(), withPurpose.files(),
                withPurpose.purpose(), withPurpose.copy(), HEAD, new Approval("档案室王主任", NOW), null, null, null,
                null, "林晓", null, null);
        assertThat(keys(both)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = VisitorCategory.class, names = {"PARTY", "LAWYER", "OTHER"})
    void secondaryAndSecretVolumesAreNeverShownToPartiesLawyersOrOthers(VisitorCategory category) {
        for (LedgerVolume v : List.of(SECONDARY, SECRET)) {
            LedgerRefusal r = LendingRules.mayRequest(visitor(category), v).orElseThrow();
            assertThat(r.key()).isEqualTo("ledger.refuse.restricted.category");
            assertThat(r.article()).isEqualTo("第七条、第十七条");
            assertThat(text(r)).contains("案卷 " + v.archiveNumber() + " 为" + (v == SECRET ? "密级 秘密" : "副卷"))
                    .contains(category.label() + "不在其列");
        }
        assertThat(LendingRules.mayRequest(visitor(category), PLAIN)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = VisitorCategory.class, names = {"INTERNAL_STAFF", "OTHER_AGENCY"})
    void staffSeeARestrictedVolumeOnlyOnceTheirKnowledgeScopeIsConfirmed(VisitorCategory category) {
        LedgerEntry e = approved(entry(LedgerKind.CONSULTATION, category, List.of(PLAIN, SECONDARY), null));
        assertThat(LendingRules.mayRequest(e.visitor(), SECONDARY)).isEmpty();
        LedgerRefusal r = LendingRules.beforeSigning(e, Map.of()).get(0);
        assertThat(r.key()).isEqualTo("ledger.refuse.restricted.scope");
        assertThat(text(r)).startsWith("案卷 2023年厦国动罚字第04号 为副卷，只向知悉范围内的人员提供（第七条、第十七条）");
        LedgerEntry granted = new LedgerEntry(e.id(), e.seq(), e.kind(), NOW, e.visitor(), e.files(), e.purpose(),
                null, HEAD, null, null, new ScopeGrant("刘主任", "本案承办人"), null, null, "林晓", null, null);
        assertThat(LendingRules.beforeSigning(granted, Map.of())).isEmpty();
    }

    @Test
    void aCaseWithALimitedKnowledgeScopeIsRestrictedToo() {
        LedgerVolume limited = new LedgerVolume("2023年厦国动罚字第09号", 9, 1, 1, "某案", 30, false, null, "承办人、分管领导");
        assertThat(limited.restricted()).isTrue();
        assertThat(text(LendingRules.mayRequest(visitor(VisitorCategory.PARTY), limited).orElseThrow()))
                .contains("为限定知悉范围（承办人、分管领导）");
        assertThat(PLAIN.restricted()).isFalse();
    }

    @Test
    void aVolumeAlreadyOutCannotGoOutAgain() {
        LedgerEntry holder = new LedgerEntry(7L, 3, LedgerKind.LENDING, NOW.minusDays(2), visitor(VisitorCategory.INTERNAL_STAFF),
                List.of(LedgerFile.requested(PLAIN)), "案件评查", null, HEAD, null, null, null, LocalDate.of(2024, 3, 27),
                NOW.minusDays(2), "林晓", new Signature(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0},
                NOW.minusDays(2)), null);
        LedgerEntry e = approved(entry(LedgerKind.CONSULTATION, VisitorCategory.PARTY, List.of(PLAIN), null));
        List<LedgerRefusal> found = LendingRules.beforeSigning(e, Map.of(PLAIN.archiveNumber(), holder));
        assertThat(found).extracting(LedgerRefusal::key).containsExactly("ledger.refuse.alreadyOut");
        assertThat(text(found.get(0))).isEqualTo("案卷 2023年厦国动罚字第01号 已由 张某 借阅（第 3 号登记，2024年3月13日 09:30 交付）"
                + "尚未归还，不能再次交付。请待其归还后再办理。");
    }

    @Test
    void aSignedEntryCannotChange() {
        LedgerEntry e = approved(entry(LedgerKind.CONSULTATION, VisitorCategory.PARTY, List.of(PLAIN), null));
        LedgerEntry signed = new LedgerEntry(e.id(), 5, e.kind(), NOW, e.visitor(), e.files(), e.purpose(), null, HEAD,
                null, null, null, LocalDate.of(2024, 3, 15), NOW, "林晓",
                new Signature(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}, NOW), null);
        LedgerRefusal r = LendingRules.changeable(signed).orElseThrow();
        assertThat(r.key()).isEqualTo("ledger.refuse.signed");
        assertThat(text(r)).startsWith("查阅登记第 5 号（张某）已签字，登记内容和签字都不能再修改");
        assertThat(LendingRules.beforeSigning(signed, Map.of())).extracting(LedgerRefusal::key)
                .containsExactly("ledger.refuse.signed");
        assertThat(LendingRules.changeable(e)).isEmpty();
    }

    @Test
    void anEntryWithoutFilesCannotBeSigned() {
        assertThat(keys(approved(entry(LedgerKind.CONSULTATION, VisitorCategory.PARTY, List.of(), null))))
                .containsExactly("ledger.refuse.noFiles");
    }

    @Test
    void aReturnedCountDifferentFromTheVolumeNeedsTheConditionWrittenDown() {
        LedgerEntry e = approved(entry(LedgerKind.CONSULTATION, VisitorCategory.PARTY, List.of(PLAIN), null));
        LedgerEntry signed = new LedgerEntry(e.id(), 5, e.kind(), NOW, e.visitor(), e.files(), e.purpose(), null, HEAD,
                null, null, null, LocalDate.of(2024, 3, 15), NOW, "林晓",
                new Signature(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}, NOW), null);
        LedgerFile f = signed.files().get(0);
        LedgerRefusal r = LendingRules.onReturn(signed, f, 118, " ").orElseThrow();
        assertThat(r.key()).isEqualTo("ledger.refuse.return.pages");
        assertThat(text(r)).startsWith("案卷 2023年厦国动罚字第01号 清点为 118 页，与案卷的 120 页不符");
        assertThat(LendingRules.onReturn(signed, f, 118, "缺第57、58页，已报告")).isEmpty();
        assertThat(LendingRules.onReturn(signed, f, 120, null)).isEmpty();
        assertThat(LendingRules.onReturn(e, f, 120, null)).map(LedgerRefusal::key)
                .contains("ledger.refuse.return.notOut");
    }

    @Test
    void loanPeriodsArePerCategoryAndAConsultationIsDueTheSameDay() {
        LoanPeriods p = LoanPeriods.defaults().with(VisitorCategory.INTERNAL_STAFF, 30);
        LocalDate day = LocalDate.of(2024, 3, 15);
        assertThat(p.due(LedgerKind.LENDING, VisitorCategory.INTERNAL_STAFF, day)).isEqualTo(LocalDate.of(2024, 4, 14));
        assertThat(p.due(LedgerKind.CONSULTATION, VisitorCategory.INTERNAL_STAFF, day)).isEqualTo(day);
        assertThat(LoanPeriods.defaults().daysFor(VisitorCategory.INTERNAL_STAFF)).isEqualTo(14);
        assertThat(LoanPeriods.defaults().daysFor(VisitorCategory.PARTY)).isZero();
        AnjuanException bad = org.assertj.core.api.Assertions.catchThrowableOfType(AnjuanException.class,
                () -> p.with(VisitorCategory.PARTY, -1));
        assertThat(zh.text(bad)).isEqualTo("借阅期限 -1 天无效：请写 0 至 365 之间的天数（0 为当天归还）。");
    }

    private List<String> keys(LedgerEntry e) {
        return LendingRules.beforeSigning(e, Map.of()).stream().map(LedgerRefusal::key).toList();
    }

    private String text(LedgerRefusal r) {
        return zh.text(r.key(), r.args().toArray());
    }

    private static Visitor visitor(VisitorCategory c) {
        return new Visitor("张某", "厦门某置业有限公司", c, "身份证", "350203198001010011", "13905920001");
    }

    private static LedgerEntry entry(LedgerKind kind, VisitorCategory c, List<LedgerVolume> volumes, CopyRequest copy) {
        return new LedgerEntry(1L, 1, kind, NOW, visitor(c), volumes.stream().map(LedgerFile::requested).toList(),
                "了解处罚依据", copy, null, null, null, null, null, null, "林晓", null, null);
    }

    private static LedgerEntry approved(LedgerEntry e) {
        return new LedgerEntry(e.id(), e.seq(), e.kind(), e.registeredAt(), e.visitor(), e.files(), e.purpose(),
                e.copy(), HEAD, e.copyApproval(), e.credentials(), e.scope(), null, null, e.clerk(), null, null);
    }

    private static LedgerEntry withCredentials(LedgerEntry e, LawyerCredentials c) {
        return new LedgerEntry(e.id(), e.seq(), e.kind(), e.registeredAt(), e.visitor(), e.files(), e.purpose(),
                e.copy(), e.approval(), e.copyApproval(), c, e.scope(), null, null, e.clerk(), null, null);
    }

}
