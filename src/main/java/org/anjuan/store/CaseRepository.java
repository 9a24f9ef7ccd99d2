package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.ARCHIVE_NUMBER;
import static org.anjuan.store.jooq.Tables.CASE_FILE;
import static org.anjuan.store.jooq.Tables.CASE_LINK;
import static org.anjuan.store.jooq.Tables.CASE_PARTY;
import static org.anjuan.store.jooq.Tables.MATERIAL;
import static org.anjuan.store.jooq.Tables.VOLUME;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CaseFlag;
import org.anjuan.domain.CaseSummary;
import org.anjuan.domain.Category;
import org.anjuan.domain.LockedFile;
import org.anjuan.domain.RedoneCase;
import org.anjuan.domain.Secrecy;
import org.anjuan.store.jooq.tables.records.CaseFileRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The case register: cases with their parties and ordered materials. One transaction per call. */
public final class CaseRepository {

    /** case_link.relation of a case made anew after its original was revoked (第九条). */
    static final String REDOES = "REDOES";

    private final Database db;

    public CaseRepository(Database db) {
        this.db = db;
    }

    /** Stores a new case, or replaces the case imported earlier from the same folder, and returns it with its id. */
    public CaseFile save(CaseFile c, String actor) {
        return save(c, actor, false);
    }

    /**
     * Stores the case with its materials put in a new order by the clerk; the audit line lists the order.
     * Refused ({@code db.case.conflict}) when the case changed since the clerk's copy was read: the order was
     * made from what the clerk saw, so it must not overwrite another clerk's change.
     */
    public CaseFile saveOrder(CaseFile c, String actor) {
        return save(c, actor, true);
    }

    private CaseFile save(CaseFile c, String actor, boolean reordered) {
        return db.transaction(tx -> {
            Long existing = c.id() != null ? c.id() : findIdBySource(tx, c.sourceDir());
            int[] version = {0};
            long id = existing == null ? insert(tx, c)
                    : update(tx, existing, c, reordered ? c.version() : null, version);
            tx.deleteFrom(CASE_PARTY).where(CASE_PARTY.CASE_ID.eq(id)).execute();
            for (int i = 0; i < c.parties().size(); i++) {
                tx.insertInto(CASE_PARTY).set(CASE_PARTY.CASE_ID, id).set(CASE_PARTY.POSITION, i + 1)
                        .set(CASE_PARTY.NAME, c.parties().get(i)).execute();
            }
            MaterialRows.replace(tx, id, c.materials());
            if (reordered) {
                Audit.append(tx, actor, "material.reorder", "case", id, IntStream.range(0, c.materials().size())
                        .mapToObj(i -> (i + 1) + " " + c.materials().get(i).title()).collect(Collectors.joining("；")));
            } else {
                Audit.append(tx, actor, existing == null ? "case.import" : "case.update", "case", id,
                        c.title() + " ← " + c.sourceDir());
            }
            return c.withId(id).withVersion(version[0]);
        });
    }

    public Optional<CaseFile> find(long id) {
        CaseFileRecord r = db.dsl().selectFrom(CASE_FILE).where(CASE_FILE.ID.eq(id)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        List<String> parties = db.dsl().select(CASE_PARTY.NAME).from(CASE_PARTY).where(CASE_PARTY.CASE_ID.eq(id))
                .orderBy(CASE_PARTY.POSITION).fetch(CASE_PARTY.NAME);
        return Optional.of(new CaseFile(r.getId(), Category.valueOf(r.getCategory()), r.getTitle(), parties,
                r.getDepartment(), r.getOfficer(), r.getOpenedOn(), r.getClosedOn(), flags(r),
                new Secrecy(r.getSecrecyLevel(), r.getSecrecyTerm(), r.getDeclassifyCondition(),
                        r.getKnowledgeScope()),
                MaterialRows.load(db.dsl(), id), r.getSourceDir(), r.getVersion()));
    }

    public CaseFile get(long id) {
        return find(id).orElseThrow(() -> new AnjuanException("case.notFound", id));
    }

    /**
     * The register, newest first, with each case's material count, pages, archive numbers and whether it is
     * bound (a case whose numbers were all voided after binding is still bound: its file exists).
     */
    public List<CaseSummary> summaries() {
        Map<Long, String> parties = db.dsl().select(CASE_PARTY.CASE_ID, CASE_PARTY.NAME).from(CASE_PARTY)
                .orderBy(CASE_PARTY.CASE_ID, CASE_PARTY.POSITION).fetchGroups(CASE_PARTY.CASE_ID, CASE_PARTY.NAME)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.join("、", e.getValue())));
        Map<Long, String> numbers = db.dsl().select(ARCHIVE_NUMBER.CASE_ID, ARCHIVE_NUMBER.TEXT).from(ARCHIVE_NUMBER)
                .where(ARCHIVE_NUMBER.CASE_ID.isNotNull().and(ARCHIVE_NUMBER.VOIDED.isFalse()))
                .orderBy(ARCHIVE_NUMBER.CASE_ID, ARCHIVE_NUMBER.VOLUME_NO)
                .fetchGroups(ARCHIVE_NUMBER.CASE_ID, ARCHIVE_NUMBER.TEXT)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.join("；", e.getValue())));
        Set<Long> bound = new HashSet<>(db.dsl().selectDistinct(VOLUME.CASE_ID).from(VOLUME)
                .where(VOLUME.STATUS.eq("BOUND")).fetch(VOLUME.CASE_ID));
        var count = DSL.count(MATERIAL.ID);
        var pages = DSL.coalesce(DSL.sum(MATERIAL.PAGE_COUNT), DSL.inline(java.math.BigDecimal.ZERO));
        return db.dsl().select(CASE_FILE.fields()).select(count, pages)
                .from(CASE_FILE).leftJoin(MATERIAL).on(MATERIAL.CASE_ID.eq(CASE_FILE.ID))
                .groupBy(CASE_FILE.fields())
                .orderBy(CASE_FILE.CLOSED_ON.desc(), CASE_FILE.ID.desc())
                .fetch(r -> {
                    CaseFileRecord c = r.into(CASE_FILE);
                    return new CaseSummary(c.getId(), Category.valueOf(c.getCategory()), c.getTitle(),
                            parties.getOrDefault(c.getId(), ""), c.getDepartment(), c.getOfficer(),
                            c.getOpenedOn(), c.getClosedOn(), r.get(count), r.get(pages).intValue(),
                            numbers.getOrDefault(c.getId(), ""), bound.contains(c.getId()));
                });
    }

    /** Keeps the clerk's choice of retention period with its reason; null period restores the proposal. */
    public void setRetention(long id, String period, String reason, String actor) {
        setRetention(id, period, reason, actor, null);
    }

    /**
     * As {@link #setRetention(long, String, String, String)}, made from the case as read at {@code expectedVersion}:
     * refused ({@code db.case.conflict}) when another clerk changed the case since. Null: no such check.
     */
    public void setRetention(long id, String period, String reason, String actor, Integer expectedVersion) {
        db.transaction(tx -> {
            BoundCases.lockOf(tx, id).check(LockedFile.Change.RETENTION); // the cover and the box say the period
            var where = CASE_FILE.ID.eq(id);
            int n = tx.update(CASE_FILE).set(CASE_FILE.RETENTION_PERIOD, period)
                    .set(CASE_FILE.RETENTION_REASON, reason).set(CASE_FILE.UPDATED_AT, LocalDateTime.now())
                    .set(CASE_FILE.VERSION, CASE_FILE.VERSION.plus(1))
                    .where(expectedVersion == null ? where : where.and(CASE_FILE.VERSION.eq(expectedVersion)))
                    .execute();
            if (n == 0 && expectedVersion != null && tx.fetchExists(CASE_FILE, CASE_FILE.ID.eq(id))) {
                throw CaseConflict.refusal(tx, id);
            }
            if (n == 0) {
                throw new AnjuanException("case.notFound", id);
            }
            Audit.append(tx, actor, "retention.set", "case", id, period + "：" + reason);
            return null;
        });
    }

    /** The stored override as {period, reason}, if the clerk made one. */
    public Optional<String[]> retentionOverride(long id) {
        CaseFileRecord r = db.dsl().selectFrom(CASE_FILE).where(CASE_FILE.ID.eq(id)).fetchOne();
        if (r == null) {
            throw new AnjuanException("case.notFound", id);
        }
        return r.getRetentionPeriod() == null ? Optional.empty()
                : Optional.of(new String[] {r.getRetentionPeriod(), r.getRetentionReason()});
    }

    /** The case imported earlier from this folder, if any. */
    /**
     * Records that case {@code redoneId} makes anew the revoked decision of case {@code originalId} (第九条), in
     * one transaction with its audit entry. A case redoes at most one original; no link runs in a circle.
     */
    public RedoneCase linkRedone(long redoneId, long originalId, String actor) {
        return db.transaction(tx -> {
            CaseFile original = get(originalId);
            CaseFile redone = get(redoneId);
            RedoneCase link = new RedoneCase(originalId, original.title(), redoneId, redone.title());
            Long already = tx.select(CASE_LINK.RELATED_CASE_ID).from(CASE_LINK)
                    .where(CASE_LINK.CASE_ID.eq(redoneId), CASE_LINK.RELATION.eq(REDOES)).fetchOne(CASE_LINK.RELATED_CASE_ID);
            if (already != null) {
                throw new AnjuanException("case.redo.already", redoneId, redone.title(), already);
            }
            if (redoneChain(tx, originalId).contains(redoneId)) {
                throw new AnjuanException("case.redo.circle", redoneId, originalId);
            }
            tx.insertInto(CASE_LINK).set(CASE_LINK.CASE_ID, redoneId).set(CASE_LINK.RELATED_CASE_ID, originalId)
                    .set(CASE_LINK.RELATION, REDOES).execute();
            Audit.append(tx, actor, "case.redo", "case", redoneId, "redoes case " + originalId);
            return link;
        });
    }

    /** The links a case takes part in: the original it redoes, and the cases that redo it. */
    public List<RedoneCase> redoneLinks(long caseId) {
        return db.dsl().select(CASE_LINK.CASE_ID, CASE_LINK.RELATED_CASE_ID).from(CASE_LINK)
                .where(CASE_LINK.RELATION.eq(REDOES))
                .and(CASE_LINK.CASE_ID.eq(caseId).or(CASE_LINK.RELATED_CASE_ID.eq(caseId)))
                .orderBy(CASE_LINK.CASE_ID)
                .fetch(r -> new RedoneCase(r.value2(), get(r.value2()).title(), r.value1(), get(r.value1()).title()));
    }

    /** The case whose archive number this is (voided ones included), if any. */
    public Optional<Long> caseIdByArchiveNumber(String text) {
        return db.dsl().select(ARCHIVE_NUMBER.CASE_ID).from(ARCHIVE_NUMBER)
                .where(ARCHIVE_NUMBER.TEXT.eq(text.strip()), ARCHIVE_NUMBER.CASE_ID.isNotNull())
                .fetchOptional(ARCHIVE_NUMBER.CASE_ID);
    }

    /** The originals {@code caseId} redoes, directly or through other redone cases. */
    private static Set<Long> redoneChain(DSLContext tx, long caseId) {
        Set<Long> seen = new HashSet<>();
        Long current = caseId;
        while (current != null && seen.add(current)) {
            current = tx.select(CASE_LINK.RELATED_CASE_ID).from(CASE_LINK)
                    .where(CASE_LINK.CASE_ID.eq(current), CASE_LINK.RELATION.eq(REDOES)).fetchOne(CASE_LINK.RELATED_CASE_ID);
        }
        return seen;
    }

    public Long findIdBySource(String sourceDir) {
        return findIdBySource(db.dsl(), sourceDir);
    }

    private static Long findIdBySource(DSLContext tx, String sourceDir) {
        if (sourceDir == null) {
            return null;
        }
        return tx.select(CASE_FILE.ID).from(CASE_FILE).where(CASE_FILE.SOURCE_DIR.eq(sourceDir))
                .orderBy(CASE_FILE.ID).limit(1).fetchOne(CASE_FILE.ID);
    }

    private static long insert(DSLContext tx, CaseFile c) {
        CaseFileRecord r = tx.newRecord(CASE_FILE);
        fill(r, c);
        r.setCreatedAt(LocalDateTime.now());
        r.store();
        return r.getId();
    }

    /**
     * Replaces the stored case; with {@code expectedVersion}, only if the row is still at that version (the row is
     * locked first, so no other clerk can change it between the check and the write). {@code version[0]} gets the
     * row's new version.
     */
    private static long update(DSLContext tx, long id, CaseFile c, Integer expectedVersion, int[] version) {
        CaseFileRecord r = tx.selectFrom(CASE_FILE).where(CASE_FILE.ID.eq(id)).forUpdate().fetchOne();
        if (r == null) {
            throw new AnjuanException("case.notFound", id);
        }
        if (expectedVersion != null && r.getVersion() != expectedVersion.intValue()) {
            throw CaseConflict.refusal(tx, id);
        }
        BoundCases.lockOf(tx, id).check(LockedFile.Change.MATERIALS); // 第九条, checked again for a second clerk
        if (tx.fetchExists(ARCHIVE_NUMBER, ARCHIVE_NUMBER.CASE_ID.eq(id).and(ARCHIVE_NUMBER.VOIDED.isFalse()))) {
            throw new AnjuanException("case.numbered", r.getTitle());
        }
        fill(r, c);
        r.setVersion(r.getVersion() + 1);
        r.store();
        version[0] = r.getVersion();
        return id;
    }

    private static void fill(CaseFileRecord r, CaseFile c) {
        r.setCategory(c.category().name());
        r.setTitle(c.title());
        r.setDepartment(c.department());
        r.setOfficer(c.officer());
        r.setOpenedOn(c.opened());
        r.setClosedOn(c.closed());
        r.setFlagReview(c.has(CaseFlag.REVIEW));
        r.setFlagLitigation(c.has(CaseFlag.LITIGATION));
        r.setFlagMajor(c.has(CaseFlag.MAJOR));
        r.setFlagForeign(c.has(CaseFlag.FOREIGN));
        r.setFlagUnopened(c.has(CaseFlag.UNOPENED));
        r.setSecrecyLevel(c.secrecy().level());
        r.setSecrecyTerm(c.secrecy().term());
        r.setDeclassifyCondition(c.secrecy().declassifyCondition());
        r.setKnowledgeScope(c.secrecy().knowledgeScope());
        r.setSourceDir(c.sourceDir());
        r.setUpdatedAt(LocalDateTime.now());
    }

    /** The retention facts of a stored case. */
    static Set<CaseFlag> flags(CaseFileRecord r) {
        Set<CaseFlag> f = EnumSet.noneOf(CaseFlag.class);
        if (r.getFlagReview()) {
            f.add(CaseFlag.REVIEW);
        }
        if (r.getFlagLitigation()) {
            f.add(CaseFlag.LITIGATION);
        }
        if (r.getFlagMajor()) {
            f.add(CaseFlag.MAJOR);
        }
        if (r.getFlagForeign()) {
            f.add(CaseFlag.FOREIGN);
        }
        if (r.getFlagUnopened()) {
            f.add(CaseFlag.UNOPENED);
        }
        return f;
    }
}
