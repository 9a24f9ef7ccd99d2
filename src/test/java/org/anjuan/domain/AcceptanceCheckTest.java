package org.anjuan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AcceptanceCheckTest {

    /** Findings spelt as key(args), so the test reads what the clerk would be told without the bundle. */
    private final AcceptanceCheck check = new AcceptanceCheck((key, args) -> key + Arrays.toString(args));

    @Test
    void findsUnverifiedCopiesNonA4PagesDirectoryMismatchesAndDuplicatesInDirectoryOrder() {
        CaseFile c = caseOf(
                paper("立案审批表", null, null),
                scan("现场检查笔录", "scans/check.pdf", 2),
                paper("罚没款收据复印件", null, new CopyVerification("厦门市财政局", null, LocalDate.of(2023, 11, 3))),
                scan("送达回证", "scans/receipt.pdf", 1),
                paper("立案审批表", null, null),
                scan("询问笔录", "scans/interview.pdf", 3));
        Map<Integer, MaterialScan> scans = Map.of(
                2, MaterialScan.read(List.of(ScannedPage.of(1, 210, 297, 0, false), ScannedPage.of(2, 420, 297, 0, false))),
                4, MaterialScan.missingFile(),
                6, MaterialScan.read(List.of(ScannedPage.of(1, 210, 297, 0, false))));

        List<Finding> found = check.findings(c, scans);

        assertThat(found).extracting(Finding::no).containsExactly(1, 2, 3, 4, 5);
        assertThat(found).extracting(Finding::kind).containsExactly(FindingKind.NOT_A4, FindingKind.UNVERIFIED_COPY,
                FindingKind.SCAN_MISSING, FindingKind.DUPLICATE, FindingKind.PAGE_MISMATCH);
        assertThat(found).extracting(Finding::seq).containsExactly(2, 3, 4, 5, 6);
        assertThat(found.get(0).text()).isEqualTo("handover.finding.notA4[2, 现场检查笔录, 2, 420, 297, 过大，折叠成A4幅面]");
        assertThat(found.get(3).text()).isEqualTo("handover.finding.duplicate[5, 立案审批表, 1]");
        assertThat(found.get(4).text()).isEqualTo("handover.finding.pageMismatch[6, 询问笔录, 3, 1]");
        assertThat(found).allMatch(Finding::open);
    }

    @Test
    void aCompleteFileHasNoFindings() {
        CaseFile c = caseOf(paper("立案审批表", "厦国动立〔2023〕1号", null),
                paper("立案审批表", "厦国动立〔2023〕2号", null),
                paper("收据复印件", null, new CopyVerification("厦门市财政局", "王芳", LocalDate.of(2023, 11, 3))));
        assertThat(check.findings(c, Map.of())).isEmpty();
    }

    @Test
    void acceptingNeedsEveryFindingWaivedWithANote() {
        List<Finding> found = AcceptanceCheck.numbered(List.of(
                new Finding(0, FindingKind.NOT_A4, 2, "第 2 份材料第 2 页不是A4", null),
                new Finding(0, FindingKind.CLERK_ITEM, 0, "封面字迹不清", null)));

        assertThatThrownBy(() -> AcceptanceDecision.accept(found, Map.of(1, "已折叠成A4")))
                .isInstanceOfSatisfying(AnjuanException.class, e -> {
                    assertThat(e.key()).isEqualTo("handover.accept.open");
                    assertThat(e.args()).containsExactly(1, "2");
                });
        assertThatThrownBy(() -> AcceptanceDecision.accept(found, Map.of(1, "已折叠成A4", 2, " ")))
                .hasMessageStartingWith("handover.waive.noNote[2]");
        assertThatThrownBy(() -> AcceptanceDecision.accept(found, Map.of(3, "无")))
                .hasMessageStartingWith("handover.waive.unknown[3, 2]");

        List<Finding> settled = AcceptanceDecision.accept(found, Map.of(1, " 已折叠成A4 ", 2, "经承办人说明，不影响辨认"));
        assertThat(settled).extracting(Finding::waiver).containsExactly("已折叠成A4", "经承办人说明，不影响辨认");
        assertThat(AcceptanceDecision.accept(List.of(), Map.of())).isEmpty();
    }

    @Test
    void aReturnNeedsAReason() {
        assertThatThrownBy(() -> AcceptanceDecision.reasons(List.of(" ", "")))
                .hasMessageStartingWith("handover.return.noReason");
        assertThat(AcceptanceDecision.reasons(List.of(" 缺少送达回证 ", ""))).containsExactly("缺少送达回证");
    }

    @Test
    void aCaseIsReceivedAgainOnlyAfterAReturn() {
        Handover pending = round(null);
        Handover returned = round(Handover.Decision.RETURNED);
        Handover accepted = round(Handover.Decision.ACCEPTED);

        Handover.checkCanReceive(null, "某案");
        Handover.checkCanReceive(returned, "某案");
        assertThatThrownBy(() -> Handover.checkCanReceive(pending, "某案")).hasMessageStartingWith("handover.receive.pending");
        assertThatThrownBy(() -> Handover.checkCanReceive(accepted, "某案")).hasMessageStartingWith("handover.receive.accepted");
        assertThat(List.of(Handover.statusOf(null), pending.status(), accepted.status(), returned.status()))
                .extracting(HandoverStatus::label).containsExactly("未移交", "待验收", "已接收", "已退回");
        assertThatThrownBy(() -> Handover.pending(returned, "某案")).hasMessage("handover.notPending[某案, 已退回]");
    }

    private static Handover round(Handover.Decision decision) {
        return new Handover(1L, 1, 1, "执法监督处", "李明", "档案员", java.time.LocalDateTime.of(2023, 12, 1, 9, 0),
                List.of(), List.of(), decision, null, null, List.of());
    }

    private static CaseFile caseOf(Material... materials) {
        return new CaseFile(1L, Category.PUNISHMENT_GENERAL, "厦门某置业有限公司未按规定修建防空地下室案", List.of("厦门某置业有限公司"),
                "执法监督处", "李明", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 11, 20), Set.of(), null,
                List.of(materials), "/cases/a");
    }

    private static Material paper(String title, String docNo, CopyVerification copy) {
        return new Material(title, docNo, "执法监督处", LocalDate.of(2023, 3, 1), MaterialKind.DOCUMENT, null, 1, copy,
                false, null);
    }

    private static Material scan(String title, String file, int pages) {
        return new Material(title, null, "执法监督处", LocalDate.of(2023, 3, 1), MaterialKind.DOCUMENT, file, pages, null,
                false, null);
    }
}
