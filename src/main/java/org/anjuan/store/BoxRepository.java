package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.ARCHIVE_BOX;
import static org.anjuan.store.jooq.Tables.ARCHIVE_NUMBER;
import static org.anjuan.store.jooq.Tables.BOX_VOLUME;
import static org.anjuan.store.jooq.Tables.CASE_FILE;
import static org.anjuan.store.jooq.Tables.NUMBER_SEQUENCE;
import static org.anjuan.store.jooq.Tables.VOLUME;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveBox;
import org.anjuan.domain.BoxCode;
import org.anjuan.domain.BoxLocation;
import org.anjuan.domain.BoxRun;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.domain.Category;
import org.anjuan.domain.PlannedBox;
import org.anjuan.domain.RetentionPeriod;
import org.anjuan.domain.RetentionRule;
import org.anjuan.store.jooq.tables.records.ArchiveBoxRecord;
import org.anjuan.store.jooq.tables.records.CaseFileRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/**
 * Archive boxes (第八条) and the bound volumes that go into them. A volume's box, year, word and sequence come
 * from its archive number; its retention period from its case (the clerk's choice, else the rules' proposal).
 */
public final class BoxRepository {

    private static final String BOUND = "BOUND";
    private final Database db;
    private final RetentionRule rule = new RetentionRule();

    public BoxRepository(Database db) {
        this.db = db;
    }

    /**
     * The bound volumes whose archive numbers are valid, in year, word and number order, each with the box
     * it is in; with a year and word, only those.
     */
    public List<BoxableVolume> boundVolumes(Integer year, String word) {
        Condition c = VOLUME.STATUS.eq(BOUND).and(ARCHIVE_NUMBER.VOIDED.isFalse());
        if (year != null) {
            c = c.and(ARCHIVE_NUMBER.NUMBER_YEAR.eq(year));
        }
        if (word != null) {
            c = c.and(ARCHIVE_NUMBER.WORD.eq(word));
        }
        return volumes(db.dsl(), c);
    }

    /** The bound volume with this archive number, unless the number was voided. */
    public Optional<BoxableVolume> findVolume(String archiveNumber) {
        return volumes(db.dsl(), VOLUME.ARCHIVE_NUMBER.eq(archiveNumber.strip()).and(VOLUME.STATUS.eq(BOUND))
                .and(ARCHIVE_NUMBER.VOIDED.isFalse())).stream().findFirst();
    }

    /**
     * Makes the clerks boxing volumes of one year and word take turns, until the caller's transaction ends:
     * the lock is on that year and word's archive-number sequence row, which exists once any of its numbers
     * is issued. Numbering waits meanwhile too, for the few milliseconds a box takes to save.
     */
    public void lockYearAndWord(int year, String word) {
        db.dsl().select(NUMBER_SEQUENCE.LAST_SEQ).from(NUMBER_SEQUENCE)
                .where(NUMBER_SEQUENCE.NUMBER_YEAR.eq(year).and(NUMBER_SEQUENCE.WORD.eq(word)))
                .forUpdate().fetch();
    }

    /** The number the next box of this year and word takes: one more than the last, from 1. */
    public int nextNumber(int year, String word) {
        Integer last = db.dsl().select(DSL.max(ARCHIVE_BOX.BOX_NO)).from(ARCHIVE_BOX)
                .where(ARCHIVE_BOX.BOX_YEAR.eq(year).and(ARCHIVE_BOX.WORD.eq(word))).fetchOne(0, Integer.class);
        return last == null ? 1 : last + 1;
    }

    /**
     * Saves a box with the next number of its year and word; joins the caller's transaction. Should another
     * clerk have boxed one of its volumes since the run was checked, the box is refused and nothing is saved
     * (the schema lets a volume be in one box only).
     */
    public ArchiveBox save(BoxRun run, int spineMm, String actor) {
        return save(run, spineMm, null, null, actor);
    }

    /**
     * Saves a box of a boxing plan with its estimated contents; joins the caller's transaction. Refused when
     * the register has moved on since the plan was made, so the box would not get the number the clerk saw.
     */
    public ArchiveBox savePlanned(BoxRun run, PlannedBox planned, String actor) {
        return save(run, planned.spineMm(), planned.code().number(), planned.thicknessUm(), actor);
    }

    /** Records where the box stands. */
    public ArchiveBox locate(long id, BoxLocation where, String actor) {
        return db.transaction(tx -> {
            int changed = tx.update(ARCHIVE_BOX).set(ARCHIVE_BOX.ROOM, where.room())
                    .set(ARCHIVE_BOX.CABINET, where.cabinet()).set(ARCHIVE_BOX.SHELF, where.shelf())
                    .where(ARCHIVE_BOX.ID.eq(id)).execute();
            if (changed == 0) {
                throw new AnjuanException("box.notFound", Long.toString(id));
            }
            ArchiveBox box = find(tx, id).orElseThrow();
            Audit.append(tx, actor, "box.locate", "archive_box", box.code().text(), where.text());
            return box;
        });
    }

    private ArchiveBox save(BoxRun run, int spineMm, Integer plannedNumber, Long contentsUm, String actor) {
        try {
            return db.transaction(tx -> {
                lockYearAndWord(run.year(), run.word());
                int number = nextNumber(run.year(), run.word());
                if (plannedNumber != null && plannedNumber != number) {
                    throw new AnjuanException("box.plan.stale", new BoxCode(run.year(), run.word(), plannedNumber)
                            .text(), new BoxCode(run.year(), run.word(), number).text());
                }
                ArchiveBoxRecord box = tx.newRecord(ARCHIVE_BOX);
                box.setBoxYear(run.year());
                box.setWord(run.word());
                box.setBoxNo(number);
                box.setRetentionPeriod(run.retention().name());
                box.setSpineMm(spineMm);
                box.setContentsUm(contentsUm);
                box.setCreatedAt(LocalDateTime.now());
                box.setCreatedBy(actor);
                box.store();
                for (int i = 0; i < run.volumes().size(); i++) {
                    tx.insertInto(BOX_VOLUME).set(BOX_VOLUME.BOX_ID, box.getId())
                            .set(BOX_VOLUME.VOLUME_ID, run.volumes().get(i).volumeId())
                            .set(BOX_VOLUME.POSITION, i + 1).execute();
                }
                BoxCode code = new BoxCode(run.year(), run.word(), number);
                Audit.append(tx, actor, plannedNumber == null ? "box.create" : "box.plan.apply", "archive_box",
                        code.text(), run.first().archiveNumber() + " – " + run.last().archiveNumber() + ", "
                                + run.volumes().size() + " volumes, " + run.retention().label() + ", spine "
                                + spineMm + " mm" + (contentsUm == null ? "" : ", contents " + contentsUm + " µm"));
                return find(tx, box.getId()).orElseThrow();
            });
        } catch (IntegrityConstraintViolationException raced) {
            String detail = String.valueOf(raced.getMessage());
            if (detail.toUpperCase(Locale.ROOT).contains("BOX_VOLUME_ONCE")) {
                throw new AnjuanException(raced, "box.volume.taken", run.first().archiveNumber(),
                        run.last().archiveNumber());
            }
            throw new AnjuanException(raced, "box.conflict", detail);
        }
    }

    /** Every box, in year, word and number order. */
    public List<ArchiveBox> all() {
        return boxes(db.dsl(), DSL.trueCondition());
    }

    public Optional<ArchiveBox> find(long id) {
        return find(db.dsl(), id);
    }

    public Optional<ArchiveBox> find(BoxCode code) {
        return boxes(db.dsl(), ARCHIVE_BOX.BOX_YEAR.eq(code.year()).and(ARCHIVE_BOX.WORD.eq(code.word()))
                .and(ARCHIVE_BOX.BOX_NO.eq(code.number()))).stream().findFirst();
    }

    private Optional<ArchiveBox> find(DSLContext tx, long id) {
        return boxes(tx, ARCHIVE_BOX.ID.eq(id)).stream().findFirst();
    }

    private List<ArchiveBox> boxes(DSLContext tx, Condition which) {
        List<ArchiveBoxRecord> boxes = tx.selectFrom(ARCHIVE_BOX).where(which)
                .orderBy(ARCHIVE_BOX.BOX_YEAR, ARCHIVE_BOX.WORD, ARCHIVE_BOX.BOX_NO).fetch();
        if (boxes.isEmpty()) {
            return List.of();
        }
        // a boxed volume stays listed in its box whatever happens to its number or status afterwards
        Map<Long, List<BoxableVolume>> volumes = volumes(tx,
                BOX_VOLUME.BOX_ID.in(boxes.stream().map(ArchiveBoxRecord::getId).toList())).stream()
                .collect(Collectors.groupingBy(BoxableVolume::boxId));
        return boxes.stream().map(b -> new ArchiveBox(b.getId(), b.getBoxYear(), b.getWord(), b.getBoxNo(),
                RetentionPeriod.valueOf(b.getRetentionPeriod()), b.getSpineMm(), b.getCreatedAt(),
                b.getCreatedBy(), volumes.getOrDefault(b.getId(), List.of()),
                b.getRoom() == null ? null : new BoxLocation(b.getRoom(), b.getCabinet(), b.getShelf()),
                b.getContentsUm())).toList();
    }

    private List<BoxableVolume> volumes(DSLContext tx, Condition which) {
        return tx.select(VOLUME.ID, VOLUME.ARCHIVE_NUMBER, VOLUME.NUMBERED_PAGES, ARCHIVE_NUMBER.NUMBER_YEAR,
                        ARCHIVE_NUMBER.WORD, ARCHIVE_NUMBER.SEQ, BOX_VOLUME.BOX_ID, ARCHIVE_BOX.BOX_NO)
                .select(CASE_FILE.fields())
                .from(VOLUME)
                .join(ARCHIVE_NUMBER).on(ARCHIVE_NUMBER.TEXT.eq(VOLUME.ARCHIVE_NUMBER))
                .join(CASE_FILE).on(CASE_FILE.ID.eq(VOLUME.CASE_ID))
                .leftJoin(BOX_VOLUME).on(BOX_VOLUME.VOLUME_ID.eq(VOLUME.ID))
                .leftJoin(ARCHIVE_BOX).on(ARCHIVE_BOX.ID.eq(BOX_VOLUME.BOX_ID))
                .where(which)
                .orderBy(ARCHIVE_NUMBER.NUMBER_YEAR, ARCHIVE_NUMBER.WORD, ARCHIVE_NUMBER.SEQ)
                .fetch(this::toVolume);
    }

    private BoxableVolume toVolume(Record r) {
        CaseFileRecord c = r.into(CASE_FILE);
        Category category = Category.valueOf(c.getCategory());
        return new BoxableVolume(r.get(VOLUME.ID), r.get(VOLUME.ARCHIVE_NUMBER), r.get(ARCHIVE_NUMBER.NUMBER_YEAR),
                r.get(ARCHIVE_NUMBER.WORD), r.get(ARCHIVE_NUMBER.SEQ), category, retention(c, category),
                c.getClosedOn(), c.getTitle(), r.get(VOLUME.NUMBERED_PAGES), r.get(BOX_VOLUME.BOX_ID),
                r.get(ARCHIVE_BOX.BOX_NO));
    }

    /** As RetentionService decides it: the clerk's recorded choice, else the rules' proposal. */
    private RetentionPeriod retention(CaseFileRecord c, Category category) {
        return c.getRetentionPeriod() != null ? RetentionPeriod.valueOf(c.getRetentionPeriod())
                : rule.propose(category, CaseRepository.flags(c)).period();
    }
}
