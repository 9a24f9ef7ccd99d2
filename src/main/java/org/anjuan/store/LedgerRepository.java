package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.CASE_FILE;
import static org.anjuan.store.jooq.Tables.LEDGER_ENTRY;
import static org.anjuan.store.jooq.Tables.LEDGER_FILE;
import static org.anjuan.store.jooq.Tables.LEDGER_OUT;
import static org.anjuan.store.jooq.Tables.SETTING;
import static org.anjuan.store.jooq.Tables.VOLUME;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.Approval;
import org.anjuan.domain.CopyRequest;
import org.anjuan.domain.LawyerCredentials;
import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerFile;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerQuery;
import org.anjuan.domain.LedgerStatus;
import org.anjuan.domain.LedgerVolume;
import org.anjuan.domain.LendingRules;
import org.anjuan.domain.LoanPeriods;
import org.anjuan.domain.ScopeGrant;
import org.anjuan.domain.Signature;
import org.anjuan.domain.Visitor;
import org.anjuan.domain.VisitorCategory;
import org.anjuan.store.jooq.tables.records.LedgerEntryRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The lending and consultation register. Every change is one transaction with its audit line. What only the
 * store can guarantee it guarantees here: a signed entry is never updated (every update is conditional on there
 * being no signature yet), a signature is written once, and a volume is out on one entry at a time (ledger_out's
 * key), even when two workstations act at the same moment.
 */
public final class LedgerRepository {

    public static final String LOAN_DAYS = "ledger.loanDays.";
    private static final int ATTEMPTS = 5;

    private final Database db;

    public LedgerRepository(Database db) {
        this.db = db;
    }

    /** The bound volume with this archive number on its cover, with its case's title and restrictions. */
    public Optional<LedgerVolume> volume(String archiveNumber) {
        return db.dsl().select(VOLUME.ARCHIVE_NUMBER, VOLUME.CASE_ID, VOLUME.VOLUME_NO, VOLUME.VOLUME_COUNT,
                        CASE_FILE.TITLE, VOLUME.NUMBERED_PAGES, VOLUME.SECONDARY, CASE_FILE.SECRECY_LEVEL,
                        CASE_FILE.KNOWLEDGE_SCOPE)
                .from(VOLUME).join(CASE_FILE).on(CASE_FILE.ID.eq(VOLUME.CASE_ID))
                .where(VOLUME.ARCHIVE_NUMBER.eq(archiveNumber), VOLUME.STATUS.eq("BOUND"))
                .fetchOptional(LedgerRepository::volume);
    }

    /** Stores a new entry as the next 序号 of its kind and year. */
    public LedgerEntry insert(LedgerEntry e, String actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return db.transaction(tx -> {
                    int year = e.registeredAt().getYear();
                    int seq = 1 + tx.select(DSL.coalesce(DSL.max(LEDGER_ENTRY.SEQ), 0)).from(LEDGER_ENTRY)
                            .where(LEDGER_ENTRY.KIND.eq(e.kind().name()), LEDGER_ENTRY.ENTRY_YEAR.eq(year))
                            .fetchOne().value1();
                    LedgerEntryRecord r = tx.newRecord(LEDGER_ENTRY);
                    fill(r, e);
                    r.setKind(e.kind().name());
                    r.setEntryYear(year);
                    r.setSeq(seq);
                    r.setRegisteredAt(e.registeredAt());
                    r.setClerk(e.clerk());
                    r.setStatus(LedgerStatus.REGISTERED.name());
                    r.store();
                    writeFiles(tx, r.getId(), e.files());
                    LedgerEntry stored = find(tx, r.getId());
                    Audit.append(tx, actor, "ledger.register", "ledger_entry", r.getId(), describe(stored));
                    return stored;
                });
            } catch (DataAccessException seqRace) {
                // two workstations took the same 序号 at once: the unique key refused one; try again
                if (attempt == ATTEMPTS || !mentions(seqRace, "LEDGER_ENTRY_SEQ")) {
                    throw new AnjuanException(seqRace, "store.busy", seqRace.getMessage());
                }
            }
        }
    }

    public LedgerEntry get(long id) {
        return find(db.dsl(), id);
    }

    /**
     * Changes an unsigned entry: {@code edit} gets the entry as stored (locked) and returns it changed; refused
     * when it is signed. The files, approvals, credentials and scope are written; the audit line says
     * {@code action} and {@code detail}.
     */
    public LedgerEntry change(long id, String actor, String action, String detail,
                              Function<LedgerEntry, LedgerEntry> edit) {
        return db.transaction(tx -> {
            LedgerEntry before = locked(tx, id);
            LendingRules.changeable(before).ifPresent(r -> {
                throw r.exception();
            });
            LedgerEntry after = edit.apply(before);
            LedgerEntryRecord r = tx.newRecord(LEDGER_ENTRY);
            fill(r, after);
            r.changed(LEDGER_ENTRY.ID, false);
            int updated = tx.update(LEDGER_ENTRY).set(r)
                    .where(LEDGER_ENTRY.ID.eq(id), LEDGER_ENTRY.SIGNATURE.isNull()).execute();
            if (updated == 0) {
                throw LendingRules.changeable(find(tx, id)).orElseThrow().exception();
            }
            if (!after.files().equals(before.files())) {
                tx.deleteFrom(LEDGER_FILE).where(LEDGER_FILE.ENTRY_ID.eq(id)).execute();
                writeFiles(tx, id, after.files());
            }
            Audit.append(tx, actor, action, "ledger_entry", id, detail);
            return find(tx, id);
        });
    }

    /**
     * Keeps the visitor's signature and hands the volumes out: {@code check} gets the entry as stored (locked),
     * refuses by throwing, or gives the due date. Refused when already signed or when a volume went out
     * elsewhere meanwhile.
     */
    public LedgerEntry sign(long id, Signature signature, String actor, Function<LedgerEntry, LocalDate> check) {
        try {
            return db.transaction(tx -> {
                LedgerEntry e = locked(tx, id);
                LendingRules.changeable(e).ifPresent(r -> {
                    throw r.exception();
                });
                LocalDate due = check.apply(e);
                for (LedgerFile f : e.files()) {
                    tx.insertInto(LEDGER_OUT).set(LEDGER_OUT.ARCHIVE_NUMBER, f.archiveNumber())
                            .set(LEDGER_OUT.ENTRY_ID, id).execute();
                }
                int updated = tx.update(LEDGER_ENTRY).set(LEDGER_ENTRY.SIGNATURE, signature.png())
                        .set(LEDGER_ENTRY.SIGNED_AT, signature.at()).set(LEDGER_ENTRY.HANDED_OUT_AT, signature.at())
                        .set(LEDGER_ENTRY.DUE_ON, due).set(LEDGER_ENTRY.STATUS, LedgerStatus.OUT.name())
                        .where(LEDGER_ENTRY.ID.eq(id), LEDGER_ENTRY.SIGNATURE.isNull()).execute();
                if (updated == 0) {
                    throw LendingRules.changeable(find(tx, id)).orElseThrow().exception();
                }
                Audit.append(tx, actor, "ledger.sign", "ledger_entry", id, "签字 " + signature.png().length
                        + " 字节 PNG，交付 " + e.files().stream().map(LedgerFile::archiveNumber)
                        .collect(Collectors.joining("、")) + "，应还 " + due);
                return find(tx, id);
            });
        } catch (DataAccessException raced) {
            if (!mentions(raced, "LEDGER_OUT")) {
                throw raced;
            }
            LedgerEntry e = get(id);
            for (LedgerFile f : e.files()) {
                Optional<LedgerEntry> holder = openEntryHolding(f.archiveNumber());
                if (holder.isPresent() && !holder.get().id().equals(id)) {
                    throw LendingRules.alreadyOut(f.archiveNumber(), holder.get()).exception();
                }
            }
            throw new AnjuanException(raced, "store.busy", raced.getMessage());
        }
    }

    /**
     * Takes one volume back: {@code check} gets the entry as stored (locked), refuses by throwing, or gives the
     * volume's return line. The entry is 已归还 when its last volume is back.
     */
    public LedgerEntry returnFile(long id, String archiveNumber, String actor,
                                  Function<LedgerEntry, LedgerFile> check) {
        return db.transaction(tx -> {
            LedgerEntry e = locked(tx, id);
            LedgerFile back = check.apply(e);
            int updated = tx.update(LEDGER_FILE).set(LEDGER_FILE.RETURNED_AT, back.returnedAt())
                    .set(LEDGER_FILE.PAGES_COUNTED, back.pagesCounted())
                    .set(LEDGER_FILE.RETURN_CONDITION, back.condition()).set(LEDGER_FILE.RECEIVED_BY, back.receivedBy())
                    .where(LEDGER_FILE.ENTRY_ID.eq(id), LEDGER_FILE.ARCHIVE_NUMBER.eq(archiveNumber),
                            LEDGER_FILE.RETURNED_AT.isNull())
                    .execute();
            if (updated == 0) {
                throw new AnjuanException("ledger.refuse.return.already", archiveNumber, "");
            }
            tx.deleteFrom(LEDGER_OUT).where(LEDGER_OUT.ARCHIVE_NUMBER.eq(archiveNumber), LEDGER_OUT.ENTRY_ID.eq(id))
                    .execute();
            LedgerEntry after = find(tx, id);
            tx.update(LEDGER_ENTRY).set(LEDGER_ENTRY.STATUS, after.status().name()).where(LEDGER_ENTRY.ID.eq(id))
                    .execute();
            Audit.append(tx, actor, "ledger.return", "ledger_entry", id, archiveNumber + " 归还，清点 "
                    + back.pagesCounted() + " 页（案卷 " + back.volume().pages() + " 页），" + back.condition());
            return after;
        });
    }

    /** The open entries (other than {@code e}) that hold one of e's volumes now, by archive number. */
    public Map<String, LedgerEntry> holders(LedgerEntry e) {
        Map<String, LedgerEntry> found = new HashMap<>();
        for (LedgerFile f : e.files()) {
            openEntryHolding(f.archiveNumber()).filter(h -> !h.id().equals(e.id()))
                    .ifPresent(h -> found.put(f.archiveNumber(), h));
        }
        return found;
    }

    /** The signed entry that has this volume out now, if any. */
    public Optional<LedgerEntry> openEntryHolding(String archiveNumber) {
        return db.dsl().select(LEDGER_OUT.ENTRY_ID).from(LEDGER_OUT).where(LEDGER_OUT.ARCHIVE_NUMBER.eq(archiveNumber))
                .fetchOptional(LEDGER_OUT.ENTRY_ID).map(this::get);
    }

    /** Every entry with a volume out. */
    public List<LedgerEntry> open() {
        return entries(db.dsl(), LEDGER_ENTRY.STATUS.eq(LedgerStatus.OUT.name()));
    }

    /** Entries the query may match (kind and dates filtered here; the rest by {@link LedgerQuery#matches}). */
    public List<LedgerEntry> find(LedgerQuery q) {
        Condition c = DSL.trueCondition();
        if (q.kind() != null) {
            c = c.and(LEDGER_ENTRY.KIND.eq(q.kind().name()));
        }
        if (q.from() != null) {
            c = c.and(LEDGER_ENTRY.REGISTERED_AT.ge(q.from().atStartOfDay()));
        }
        if (q.to() != null) {
            c = c.and(LEDGER_ENTRY.REGISTERED_AT.lt(q.to().plusDays(1).atStartOfDay()));
        }
        if (q.overdueOnly()) {
            c = c.and(LEDGER_ENTRY.STATUS.eq(LedgerStatus.OUT.name()));
        }
        return entries(db.dsl(), c);
    }

    public LoanPeriods loanPeriods() {
        Map<String, String> values = db.dsl().selectFrom(SETTING).where(SETTING.SETTING_KEY.startsWith(LOAN_DAYS))
                .fetchMap(SETTING.SETTING_KEY, SETTING.SETTING_VALUE);
        Map<VisitorCategory, Integer> days = new EnumMap<>(VisitorCategory.class);
        for (VisitorCategory c : VisitorCategory.values()) {
            String v = values.get(LOAN_DAYS + c.name());
            if (v != null) {
                try {
                    days.put(c, Integer.parseInt(v.strip()));
                } catch (NumberFormatException e) {
                    throw new AnjuanException("settings.invalid", LOAN_DAYS + c.name(), v);
                }
            }
        }
        return new LoanPeriods(days);
    }

    public void saveLoanPeriods(LoanPeriods periods, String actor) {
        db.transaction(tx -> {
            periods.days().forEach((c, d) -> tx.mergeInto(SETTING).using(DSL.selectOne())
                    .on(SETTING.SETTING_KEY.eq(LOAN_DAYS + c.name()))
                    .whenMatchedThenUpdate().set(SETTING.SETTING_VALUE, Integer.toString(d))
                    .whenNotMatchedThenInsert(SETTING.SETTING_KEY, SETTING.SETTING_VALUE)
                    .values(LOAN_DAYS + c.name(), Integer.toString(d)).execute());
            Audit.append(tx, actor, "settings.save", "setting", "ledger.loanDays", new EnumMap<>(periods.days())
                    .toString());
            return null;
        });
    }

    private static LedgerEntry locked(DSLContext tx, long id) {
        if (tx.select(LEDGER_ENTRY.ID).from(LEDGER_ENTRY).where(LEDGER_ENTRY.ID.eq(id)).forUpdate()
                .fetchOptional().isEmpty()) {
            throw new AnjuanException("ledger.notFound", id);
        }
        return find(tx, id);
    }

    private static LedgerEntry find(DSLContext tx, long id) {
        List<LedgerEntry> found = entries(tx, LEDGER_ENTRY.ID.eq(id));
        if (found.isEmpty()) {
            throw new AnjuanException("ledger.notFound", id);
        }
        return found.get(0);
    }

    private static List<LedgerEntry> entries(DSLContext tx, Condition where) {
        List<LedgerEntryRecord> rows = tx.selectFrom(LEDGER_ENTRY).where(where)
                .orderBy(LEDGER_ENTRY.REGISTERED_AT, LEDGER_ENTRY.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LedgerFile>> files = new LinkedHashMap<>();
        tx.select(LEDGER_FILE.ENTRY_ID, LEDGER_FILE.ARCHIVE_NUMBER, LEDGER_FILE.RETURNED_AT, LEDGER_FILE.PAGES_COUNTED,
                        LEDGER_FILE.RETURN_CONDITION, LEDGER_FILE.RECEIVED_BY, VOLUME.ARCHIVE_NUMBER, VOLUME.CASE_ID,
                        VOLUME.VOLUME_NO, VOLUME.VOLUME_COUNT, CASE_FILE.TITLE, VOLUME.NUMBERED_PAGES, VOLUME.SECONDARY,
                        CASE_FILE.SECRECY_LEVEL, CASE_FILE.KNOWLEDGE_SCOPE)
                .from(LEDGER_FILE).join(VOLUME).on(VOLUME.ARCHIVE_NUMBER.eq(LEDGER_FILE.ARCHIVE_NUMBER))
                .join(CASE_FILE).on(CASE_FILE.ID.eq(VOLUME.CASE_ID))
                .where(LEDGER_FILE.ENTRY_ID.in(rows.stream().map(LedgerEntryRecord::getId).toList()))
                .orderBy(LEDGER_FILE.ENTRY_ID, LEDGER_FILE.POSITION)
                .forEach(r -> files.computeIfAbsent(r.get(LEDGER_FILE.ENTRY_ID), k -> new java.util.ArrayList<>())
                        .add(new LedgerFile(volume(r), r.get(LEDGER_FILE.RETURNED_AT), r.get(LEDGER_FILE.PAGES_COUNTED),
                                r.get(LEDGER_FILE.RETURN_CONDITION), r.get(LEDGER_FILE.RECEIVED_BY))));
        return rows.stream().map(r -> entry(r, files.getOrDefault(r.getId(), List.of()))).toList();
    }

    private static LedgerVolume volume(Record r) {
        return new LedgerVolume(r.get(VOLUME.ARCHIVE_NUMBER), r.get(VOLUME.CASE_ID), r.get(VOLUME.VOLUME_NO),
                r.get(VOLUME.VOLUME_COUNT), r.get(CASE_FILE.TITLE), r.get(VOLUME.NUMBERED_PAGES),
                r.get(VOLUME.SECONDARY), r.get(CASE_FILE.SECRECY_LEVEL), r.get(CASE_FILE.KNOWLEDGE_SCOPE));
    }

    private static LedgerEntry entry(LedgerEntryRecord r, List<LedgerFile> files) {
        Visitor v = new Visitor(r.getVisitorName(), r.getVisitorUnit(), VisitorCategory.valueOf(r.getCategory()),
                r.getIdType(), r.getIdNumber(), r.getPhone());
        CopyRequest copy = r.getCopyPages() == null ? null : new CopyRequest(r.getCopyPages(), r.getCopyPurpose());
        Approval approval = r.getApprovedBy() == null ? null : new Approval(r.getApprovedBy(), r.getApprovedAt());
        Approval copyApproval = r.getCopyApprovedBy() == null ? null
                : new Approval(r.getCopyApprovedBy(), r.getCopyApprovedAt());
        ScopeGrant scope = r.getScopeConfirmedBy() == null ? null
                : new ScopeGrant(r.getScopeConfirmedBy(), r.getScopeBasis());
        Signature signature = r.getSignature() == null ? null : new Signature(r.getSignature(), r.getSignedAt());
        return new LedgerEntry(r.getId(), r.getSeq(), LedgerKind.valueOf(r.getKind()), r.getRegisteredAt(), v, files,
                r.getPurpose(), copy, approval, copyApproval, new LawyerCredentials(r.getSeenAuthorisation(),
                r.getSeenFirmLetter(), r.getSeenLicence()), scope, r.getDueOn(), r.getHandedOutAt(), r.getClerk(),
                signature, r.getRemarks());
    }

    /** The fields an unsigned entry may change (not its kind, 序号, registration time, clerk or signature). */
    private static void fill(LedgerEntryRecord r, LedgerEntry e) {
        Visitor v = e.visitor();
        r.setVisitorName(v.name());
        r.setVisitorUnit(v.unit());
        r.setCategory(v.category().name());
        r.setIdType(v.idType());
        r.setIdNumber(v.idNumber());
        r.setPhone(v.phone());
        r.setPurpose(e.purpose());
        r.setCopyPages(e.copy() == null ? null : e.copy().pages());
        r.setCopyPurpose(e.copy() == null ? null : e.copy().purpose());
        r.setApprovedBy(e.approval() == null ? null : e.approval().by());
        r.setApprovedAt(e.approval() == null ? null : e.approval().at());
        r.setCopyApprovedBy(e.copyApproval() == null ? null : e.copyApproval().by());
        r.setCopyApprovedAt(e.copyApproval() == null ? null : e.copyApproval().at());
        r.setSeenAuthorisation(e.credentials().authorisation());
        r.setSeenFirmLetter(e.credentials().firmLetter());
        r.setSeenLicence(e.credentials().licence());
        r.setScopeConfirmedBy(e.scope() == null ? null : e.scope().confirmedBy());
        r.setScopeBasis(e.scope() == null ? null : e.scope().basis());
        r.setRemarks(e.remarks());
    }

    private static void writeFiles(DSLContext tx, long entryId, List<LedgerFile> files) {
        for (int i = 0; i < files.size(); i++) {
            tx.insertInto(LEDGER_FILE).set(LEDGER_FILE.ENTRY_ID, entryId).set(LEDGER_FILE.POSITION, i + 1)
                    .set(LEDGER_FILE.ARCHIVE_NUMBER, files.get(i).archiveNumber()).execute();
        }
    }

    private static String describe(LedgerEntry e) {
        Visitor v = e.visitor();
        return e.kind().label() + " 第" + e.seq() + "号 " + v.name() + "（" + v.category().label()
                + (v.unit() == null ? "" : "，" + v.unit()) + (v.idDocument().isEmpty() ? "" : "，" + v.idDocument())
                + "） " + e.files().stream().map(LedgerFile::archiveNumber).collect(Collectors.joining("、"))
                + " 事由：" + e.purpose() + (e.copy() == null ? "" : " 摘抄复制：" + e.copy().text());
    }

    private static boolean mentions(DataAccessException e, String constraint) {
        return String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT).contains(constraint);
    }
}
