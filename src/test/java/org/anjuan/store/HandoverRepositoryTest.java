package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.anjuan.domain.Finding;
import org.anjuan.domain.FindingKind;
import org.anjuan.domain.HandedMaterial;
import org.anjuan.domain.Handover;
import org.anjuan.domain.HandoverStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class HandoverRepositoryTest {

    @Parameter
    Engine engine;

    private static final List<HandedMaterial> HANDED = List.of(new HandedMaterial(1, "立案审批表", null, 2),
            new HandedMaterial(2, "行政处罚决定书", "厦国动罚决〔2023〕5号", 4));

    @Test
    void everyRoundIsKeptWithItsMaterialsFindingsAndDecisionAndEveryChangeIsAudited() {
        try (Database db = engine.open("handover-rounds")) {
            long caseId = TestCases.store(db);
            HandoverRepository repo = new HandoverRepository(db);
            int auditBefore = db.dsl().fetchCount(AUDIT_LOG);

            repo.receive(caseId, "某案", "执法监督处", "李明", HANDED, "档案员甲");
            repo.saveCheck(caseId, "某案", List.of(new Finding(1, FindingKind.CLERK_ITEM, 0, "缺少送达回证", null)), "档案员甲");
            repo.decide(caseId, "某案", Handover.Decision.RETURNED, List.of(new Finding(1, FindingKind.CLERK_ITEM, 0,
                    "缺少送达回证", null)), List.of("缺少送达回证"), "档案员甲");
            repo.receive(caseId, "某案", "执法监督处", "王芳", HANDED.subList(0, 1), "档案员乙");
            repo.decide(caseId, "某案", Handover.Decision.ACCEPTED, List.of(new Finding(1, FindingKind.NOT_A4, 1,
                    "第 1 份材料第 2 页不是A4", "已折叠成A4")), List.of(), "档案员乙");

            List<Handover> rounds = repo.rounds(caseId);
            assertThat(rounds).extracting(Handover::round, Handover::status, Handover::receivedBy, Handover::decidedBy)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, HandoverStatus.RETURNED, "档案员甲", "档案员甲"),
                            org.assertj.core.groups.Tuple.tuple(2, HandoverStatus.ACCEPTED, "档案员乙", "档案员乙"));
            assertThat(rounds.get(0).materials()).isEqualTo(HANDED);
            assertThat(rounds.get(0).pages()).isEqualTo(6);
            assertThat(rounds.get(0).reasons()).containsExactly("缺少送达回证");
            assertThat(rounds.get(1).findings()).singleElement().extracting(Finding::kind, Finding::waiver)
                    .containsExactly(FindingKind.NOT_A4, "已折叠成A4");
            assertThat(repo.latest(caseId)).get().extracting(Handover::round).isEqualTo(2);
            assertThat(db.dsl().select(AUDIT_LOG.ACTION).from(AUDIT_LOG).orderBy(AUDIT_LOG.ID)
                    .offset(auditBefore).fetch(AUDIT_LOG.ACTION)).containsExactly("handover.receive", "handover.check",
                    "handover.return", "handover.receive", "handover.accept");

            assertThatThrownBy(() -> repo.receive(caseId, "某案", "执法监督处", "王芳", HANDED, "档案员乙"))
                    .hasMessageStartingWith("handover.receive.accepted");
            assertThat(db.dsl().fetchCount(AUDIT_LOG)).isEqualTo(auditBefore + 5);
        }
    }

    @Test
    void theBindRequirementIsOffUntilSetAndIsAudited() {
        try (Database db = engine.open("handover-required")) {
            HandoverRepository repo = new HandoverRepository(db);
            assertThat(repo.required()).isFalse();
            repo.setRequired(true, "档案员");
            assertThat(repo.required()).isTrue();
            repo.setRequired(false, "档案员");
            assertThat(repo.required()).isFalse();
            assertThat(db.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY_ID.eq(HandoverRepository.REQUIRED))).isEqualTo(2);
        }
    }
}
