package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.CASE_FILE;
import static org.anjuan.store.jooq.Tables.HANDOVER_FINDING;
import static org.anjuan.store.jooq.Tables.HANDOVER_MATERIAL;
import static org.anjuan.store.jooq.Tables.HANDOVER_REASON;
import static org.anjuan.store.jooq.Tables.HANDOVER_ROUND;
import static org.anjuan.store.jooq.Tables.SETTING;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.Finding;
import org.anjuan.domain.FindingKind;
import org.anjuan.domain.HandedMaterial;
import org.anjuan.domain.Handover;
import org.anjuan.domain.Handover.Decision;
import org.anjuan.store.jooq.tables.records.HandoverRoundRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Handover rounds (交接) with what was handed over, the acceptance check's findings and the decision (第十三条).
 * Rounds are added, checked and decided, never deleted; each change is audited in its own transaction.
 */
public final class HandoverRepository {

    /** Business setting: binding needs an accepted handover when "true". Off unless set. */
    public static final String REQUIRED = "handover.required";

    private final Database db;

    public HandoverRepository(Database db) {
        this.db = db;
    }

    /** Every round of a case, oldest first. */
    public List<Handover> rounds(long caseId) {
        return db.dsl().selectFrom(HANDOVER_ROUND).where(HANDOVER_ROUND.CASE_ID.eq(caseId))
                .orderBy(HANDOVER_ROUND.ROUND_NO).fetch(r -> load(db.dsl(), r));
    }

    public Optional<Handover> latest(long caseId) {
        return Optional.ofNullable(latest(db.dsl(), caseId, false));
    }

    /** Records a new round; refused while one is pending or once the file is accepted. */
    public Handover receive(long caseId, String caseTitle, String fromDept, String fromPerson,
                            List<HandedMaterial> materials, String actor) {
        return db.transaction(tx -> {
            // the case row serialises two clerks receiving the same case at once
            if (tx.selectFrom(CASE_FILE).where(CASE_FILE.ID.eq(caseId)).forUpdate().fetchOne() == null) {
                throw new AnjuanException("case.notFound", caseId);
            }
            Handover last = latest(tx, caseId, false);
            Handover.checkCanReceive(last, caseTitle);
            int round = last == null ? 1 : last.round() + 1;
            HandoverRoundRecord r = tx.newRecord(HANDOVER_ROUND);
            r.setCaseId(caseId);
            r.setRoundNo(round);
            r.setFromDepartment(fromDept);
            r.setFromPerson(fromPerson);
            r.setReceivedBy(actor);
            r.setReceivedAt(LocalDateTime.now().withNano(0));
            r.store();
            for (HandedMaterial m : materials) {
                tx.insertInto(HANDOVER_MATERIAL).set(HANDOVER_MATERIAL.ROUND_ID, r.getId())
                        .set(HANDOVER_MATERIAL.SEQ, m.seq()).set(HANDOVER_MATERIAL.TITLE, m.title())
                        .set(HANDOVER_MATERIAL.DOC_NO, m.docNo()).set(HANDOVER_MATERIAL.PAGES, m.pages()).execute();
            }
            Audit.append(tx, actor, "handover.receive", "case", caseId, "第" + round + "次移交：" + fromDept + " "
                    + fromPerson + "，" + materials.size() + "份 " + materials.stream().mapToInt(HandedMaterial::pages).sum() + "页");
            return load(tx, r);
        });
    }

    /** Keeps the check's findings on the pending round (replacing the last check's). */
    public Handover saveCheck(long caseId, String caseTitle, List<Finding> findings, String actor) {
        return db.transaction(tx -> {
            Handover pending = Handover.pending(latest(tx, caseId, true), caseTitle);
            replaceFindings(tx, pending.id(), findings);
            Audit.append(tx, actor, "handover.check", "case", caseId, "第" + pending.round() + "次移交验收："
                    + findings.size() + "项");
            return load(tx, round(tx, pending.id()));
        });
    }

    /** Decides the pending round: accepted (with the waived findings) or returned (with the reasons). */
    public Handover decide(long caseId, String caseTitle, Decision decision, List<Finding> findings,
                           List<String> reasons, String actor) {
        return db.transaction(tx -> {
            Handover pending = Handover.pending(latest(tx, caseId, true), caseTitle);
            replaceFindings(tx, pending.id(), findings);
            for (int i = 0; i < reasons.size(); i++) {
                tx.insertInto(HANDOVER_REASON).set(HANDOVER_REASON.ROUND_ID, pending.id())
                        .set(HANDOVER_REASON.LINE_NO, i + 1).set(HANDOVER_REASON.TEXT, reasons.get(i)).execute();
            }
            tx.update(HANDOVER_ROUND).set(HANDOVER_ROUND.DECISION, decision.name())
                    .set(HANDOVER_ROUND.DECIDED_BY, actor).set(HANDOVER_ROUND.DECIDED_AT, LocalDateTime.now().withNano(0))
                    .where(HANDOVER_ROUND.ID.eq(pending.id())).execute();
            String waived = findings.stream().filter(f -> !f.open()).map(f -> f.no() + "：" + f.waiver())
                    .reduce((a, b) -> a + "；" + b).orElse("");
            Audit.append(tx, actor, decision == Decision.ACCEPTED ? "handover.accept" : "handover.return", "case",
                    caseId, "第" + pending.round() + "次移交" + (decision == Decision.ACCEPTED ? "：接收" : "：退回 ")
                            + String.join("；", reasons) + (waived.isEmpty() ? "" : "；放行 " + waived));
            return load(tx, round(tx, pending.id()));
        });
    }

    /** Whether binding needs an accepted handover (setting {@value #REQUIRED}). */
    public boolean required() {
        String v = db.dsl().select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_KEY.eq(REQUIRED))
                .fetchOne(SETTING.SETTING_VALUE);
        return v != null && Boolean.parseBoolean(v.strip());
    }

    public void setRequired(boolean required, String actor) {
        db.transaction(tx -> {
            tx.mergeInto(SETTING).using(DSL.selectOne()).on(SETTING.SETTING_KEY.eq(REQUIRED))
                    .whenMatchedThenUpdate().set(SETTING.SETTING_VALUE, Boolean.toString(required))
                    .whenNotMatchedThenInsert(SETTING.SETTING_KEY, SETTING.SETTING_VALUE)
                    .values(REQUIRED, Boolean.toString(required)).execute();
            Audit.append(tx, actor, "settings.save", "setting", REQUIRED, Boolean.toString(required));
            return null;
        });
    }

    private static Handover latest(DSLContext tx, long caseId, boolean lock) {
        var query = tx.selectFrom(HANDOVER_ROUND).where(HANDOVER_ROUND.CASE_ID.eq(caseId))
                .orderBy(HANDOVER_ROUND.ROUND_NO.desc()).limit(1);
        HandoverRoundRecord r = lock ? query.forUpdate().fetchOne() : query.fetchOne();
        return r == null ? null : load(tx, r);
    }

    private static HandoverRoundRecord round(DSLContext tx, long id) {
        return tx.selectFrom(HANDOVER_ROUND).where(HANDOVER_ROUND.ID.eq(id)).fetchOne();
    }

    private static void replaceFindings(DSLContext tx, long roundId, List<Finding> findings) {
        tx.deleteFrom(HANDOVER_FINDING).where(HANDOVER_FINDING.ROUND_ID.eq(roundId)).execute();
        for (Finding f : findings) {
            tx.insertInto(HANDOVER_FINDING).set(HANDOVER_FINDING.ROUND_ID, roundId)
                    .set(HANDOVER_FINDING.FINDING_NO, f.no()).set(HANDOVER_FINDING.KIND, f.kind().name())
                    .set(HANDOVER_FINDING.MATERIAL_SEQ, f.seq()).set(HANDOVER_FINDING.TEXT, f.text())
                    .set(HANDOVER_FINDING.WAIVER_NOTE, f.waiver()).execute();
        }
    }

    private static Handover load(DSLContext tx, HandoverRoundRecord r) {
        List<HandedMaterial> materials = tx.selectFrom(HANDOVER_MATERIAL).where(HANDOVER_MATERIAL.ROUND_ID.eq(r.getId()))
                .orderBy(HANDOVER_MATERIAL.SEQ)
                .fetch(m -> new HandedMaterial(m.getSeq(), m.getTitle(), m.getDocNo(), m.getPages()));
        List<Finding> findings = tx.selectFrom(HANDOVER_FINDING).where(HANDOVER_FINDING.ROUND_ID.eq(r.getId()))
                .orderBy(HANDOVER_FINDING.FINDING_NO)
                .fetch(f -> new Finding(f.getFindingNo(), FindingKind.valueOf(f.getKind()), f.getMaterialSeq(),
                        f.getText(), f.getWaiverNote()));
        List<String> reasons = tx.select(HANDOVER_REASON.TEXT).from(HANDOVER_REASON)
                .where(HANDOVER_REASON.ROUND_ID.eq(r.getId())).orderBy(HANDOVER_REASON.LINE_NO).fetch(HANDOVER_REASON.TEXT);
        return new Handover(r.getId(), r.getCaseId(), r.getRoundNo(), r.getFromDepartment(), r.getFromPerson(),
                r.getReceivedBy(), r.getReceivedAt(), materials, findings,
                r.getDecision() == null ? null : Decision.valueOf(r.getDecision()), r.getDecidedBy(), r.getDecidedAt(),
                reasons);
    }
}
