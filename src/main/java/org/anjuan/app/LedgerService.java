package org.anjuan.app;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.Approval;
import org.anjuan.domain.CopyRequest;
import org.anjuan.domain.LawyerCredentials;
import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerFile;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerQuery;
import org.anjuan.domain.LedgerRefusal;
import org.anjuan.domain.LedgerVolume;
import org.anjuan.domain.LendingRules;
import org.anjuan.domain.LoanPeriods;
import org.anjuan.domain.ScopeGrant;
import org.anjuan.domain.Signature;
import org.anjuan.domain.Visitor;
import org.anjuan.domain.VisitorCategory;
import org.anjuan.store.LedgerRepository;

/**
 * The lending and consultation register (档案借阅/查阅登记, 第十八条、第十九条; SPEC §9): registering a visit, the
 * approvals, a lawyer's papers, the 知悉范围 confirmation, the visitor's signature (which hands the volumes out and
 * sets the due date), returns by scanning a cover, overdue entries, search, the .xlsx export and the printed
 * register. Each step is one transaction and one audit line; every refusal is an {@link AnjuanException} with a
 * {@code ledger.} key whose Chinese text names the rule and says what to do.
 */
public final class LedgerService {

    /** A signature picture bigger than this is not a signature drawn on a pad. */
    public static final int MAX_SIGNATURE_BYTES = 2 * 1024 * 1024;

    private final LedgerRepository ledger;
    private final LedgerPrinter printer;
    private final Clock clock;
    private final String clerk;

    public LedgerService(LedgerRepository ledger, LedgerPrinter printer, Clock clock, String clerk) {
        this.ledger = ledger;
        this.printer = printer;
        this.clock = clock;
        this.clerk = clerk;
    }

    /** Registers a visit; refused when a rule forbids it outright (借阅 by a visitor, a restricted volume). */
    public LedgerEntry register(LedgerRequest r) {
        Visitor v = visitor(r.visitor());
        LendingRules.kindAllowed(r.kind(), v).ifPresent(LedgerService::refuse);
        String purpose = required(r.purpose(), "借阅事由或利用目的");
        List<LedgerFile> files = new ArrayList<>();
        for (String number : r.archiveNumbers()) {
            LedgerVolume volume = volume(number);
            LendingRules.mayRequest(v, volume).ifPresent(LedgerService::refuse);
            if (files.stream().anyMatch(f -> f.archiveNumber().equals(volume.archiveNumber()))) {
                throw new AnjuanException("ledger.file.duplicate", volume.archiveNumber());
            }
            files.add(LedgerFile.requested(volume));
        }
        LedgerEntry e = new LedgerEntry(null, 0, r.kind(), now(), v, files, purpose, copy(r.copy()), null, null,
                LawyerCredentials.NONE, null, null, null, clerk, null, blankToNull(r.remarks()));
        return ledger.insert(e, clerk);
    }

    /** The entry as stored. */
    public LedgerEntry get(long entryId) {
        return ledger.get(entryId);
    }

    /**
     * The volume a scanned cover (or a typed archive number) names: the scanner's text as the field received it,
     * without the Enter; surrounding blanks and control characters are ignored.
     */
    public LedgerVolume volume(String scannedOrTyped) {
        String number = ScanText.clean(scannedOrTyped);
        if (number.isEmpty()) {
            throw new AnjuanException("ledger.scan.empty");
        }
        return ledger.volume(number).orElseThrow(() -> new AnjuanException("ledger.scan.unknown", number));
    }

    /** Adds a volume to an unsigned entry (scanning its cover at registration adds it). */
    public LedgerEntry addFile(long entryId, String scannedOrTyped) {
        LedgerVolume volume = volume(scannedOrTyped);
        return ledger.change(entryId, clerk, "ledger.file.add", volume.archiveNumber(), e -> {
            LendingRules.mayRequest(e.visitor(), volume).ifPresent(LedgerService::refuse);
            if (e.file(volume.archiveNumber()).isPresent()) {
                throw new AnjuanException("ledger.file.duplicate", volume.archiveNumber());
            }
            List<LedgerFile> files = new ArrayList<>(e.files());
            files.add(LedgerFile.requested(volume));
            return with(e, files, e.approval(), e.copyApproval(), e.credentials(), e.scope());
        });
    }

    /** Takes a volume off an unsigned entry. */
    public LedgerEntry removeFile(long entryId, String archiveNumber) {
        String number = ScanText.clean(archiveNumber);
        return ledger.change(entryId, clerk, "ledger.file.remove", number, e -> {
            if (e.file(number).isEmpty()) {
                throw new AnjuanException("ledger.file.notOnEntry", number);
            }
            List<LedgerFile> files = e.files().stream().filter(f -> !f.archiveNumber().equals(number)).toList();
            return with(e, files, e.approval(), e.copyApproval(), e.credentials(), e.scope());
        });
    }

    /** Records the head's approval (审批人, now): 第十九条 for internal staff, the approval to consult for others. */
    public LedgerEntry approve(long entryId, String approver) {
        Approval a = new Approval(required(approver, "审批人"), now());
        return ledger.change(entryId, clerk, "ledger.approve", a.by(), e ->
                with(e, e.files(), a, e.copyApproval(), e.credentials(), e.scope()));
    }

    /** Records the archive head's approval of the 摘抄/复制 request (now). */
    public LedgerEntry approveCopy(long entryId, String archiveHead) {
        Approval a = new Approval(required(archiveHead, "档案室负责人（摘抄复制审批人）"), now());
        return ledger.change(entryId, clerk, "ledger.approveCopy", a.by(), e -> {
            if (e.copy() == null) {
                throw new AnjuanException("ledger.copy.none");
            }
            return with(e, e.files(), e.approval(), a, e.credentials(), e.scope());
        });
    }

    /** Records which of a lawyer's papers were seen (授权委托书, 律师事务所函, 律师执业证). */
    public LedgerEntry recordCredentials(long entryId, LawyerCredentials seen) {
        LawyerCredentials c = seen == null ? LawyerCredentials.NONE : seen;
        return ledger.change(entryId, clerk, "ledger.credentials", c.missing().isEmpty() ? "三项均已查验"
                : "未查验：" + String.join("、", c.missing()), e -> {
                    if (e.visitor().category() != VisitorCategory.LAWYER) {
                        throw new AnjuanException("ledger.credentials.notLawyer", e.visitor().category().label());
                    }
                    return with(e, e.files(), e.approval(), e.copyApproval(), c, e.scope());
                });
    }

    /** Records that the visitor is within the 知悉范围 of the entry's 副卷 or restricted volumes: who confirmed, why. */
    public LedgerEntry grantScope(long entryId, String confirmedBy, String basis) {
        ScopeGrant g = new ScopeGrant(required(confirmedBy, "确认人"),
                required(basis, "知悉范围依据"));
        return ledger.change(entryId, clerk, "ledger.scope", g.confirmedBy() + "：" + g.basis(), e ->
                with(e, e.files(), e.approval(), e.copyApproval(), e.credentials(), g));
    }

    /** What still stops the visitor from signing, in Chinese-keyed refusals; empty when the entry may be signed. */
    public List<LedgerRefusal> blockers(long entryId) {
        LedgerEntry e = ledger.get(entryId);
        return LendingRules.beforeSigning(e, ledger.holders(e));
    }

    /**
     * The visitor signs (PNG bytes of the drawn signature): checked against every rule, then in one transaction
     * the signature is kept, the volumes are handed out and the due date is set. Refused with the first rule
     * that still stands; a signature is never replaced.
     */
    public LedgerEntry sign(long entryId, byte[] png) {
        checkSignature(png);
        LocalDateTime at = now();
        LoanPeriods periods = ledger.loanPeriods();
        return ledger.sign(entryId, new Signature(png, at), clerk, e -> {
            List<LedgerRefusal> found = LendingRules.beforeSigning(e, ledger.holders(e));
            if (!found.isEmpty()) {
                refuse(found.get(0));
            }
            return periods.due(e.kind(), e.visitor().category(), at.toLocalDate());
        });
    }

    /** The open entry holding the volume whose cover was scanned, to confirm its page count and take it back. */
    public ScannedReturn findForReturn(String scanned) {
        LedgerVolume volume = volume(scanned);
        LedgerEntry e = ledger.openEntryHolding(volume.archiveNumber())
                .orElseThrow(() -> new AnjuanException("ledger.scan.notOut", volume.archiveNumber()));
        return new ScannedReturn(e, e.file(volume.archiveNumber()).orElseThrow());
    }

    /**
     * Takes a volume back: the pages counted at the desk; when they differ from the volume's, {@code condition}
     * must say what differs (else 完好 is recorded). The entry is returned when its last volume is.
     */
    public LedgerEntry returnFile(long entryId, String archiveNumber, int pagesCounted, String condition) {
        String number = ScanText.clean(archiveNumber);
        LocalDateTime at = now();
        return ledger.returnFile(entryId, number, clerk, e -> {
            LedgerFile f = e.file(number).orElseThrow(() -> new AnjuanException("ledger.file.notOnEntry", number));
            LendingRules.onReturn(e, f, pagesCounted, condition).ifPresent(LedgerService::refuse);
            String c = blankToNull(condition);
            return new LedgerFile(f.volume(), at, pagesCounted, c == null ? "完好" : c, clerk);
        });
    }

    /** {@link #findForReturn} then {@link #returnFile}, for a scan and a count in one go (the CLI). */
    public LedgerEntry returnByScan(String scanned, int pagesCounted, String condition) {
        ScannedReturn hit = findForReturn(scanned);
        return returnFile(hit.entry().id(), hit.file().archiveNumber(), pagesCounted, condition);
    }

    /** Entries out past their due date, the longest overdue first (for the home screen). */
    public List<LedgerEntry> overdue() {
        LocalDate today = today();
        return ledger.open().stream().filter(e -> e.overdue(today))
                .sorted((a, b) -> a.dueDate().compareTo(b.dueDate())).toList();
    }

    /** Days past due of an open entry (0 when in time). */
    public long daysOverdue(LedgerEntry e) {
        return e.dueDate() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(e.dueDate(), today()));
    }

    /** Entries matching the query, in the order they were registered. */
    public List<LedgerEntry> search(LedgerQuery q) {
        LocalDate today = today();
        LedgerQuery query = q == null ? LedgerQuery.ALL : q;
        return ledger.find(query).stream().filter(e -> query.matches(e, today)).toList();
    }

    /** Writes the matching entries to an .xlsx workbook (one row per volume), beside it first; returns the rows. */
    public int export(LedgerQuery q, Path out) {
        return printer.export(search(q), out);
    }

    /** The register pages of one kind (借阅 or 查阅) with the matching entries and their signatures, as PDF. */
    public byte[] print(LedgerKind kind, LedgerQuery q) {
        LedgerQuery query = (q == null ? LedgerQuery.ALL : q).withKind(kind);
        return printer.register(kind, search(query), query);
    }

    /** Writes {@link #print} to {@code out} (beside it first, then moved into place); returns the PDF's pages. */
    public int savePrint(LedgerKind kind, LedgerQuery q, Path out) {
        return printer.save(print(kind, q), out);
    }

    /** Loan periods per visitor category (ledger.loanDays.*). */
    public LoanPeriods loanPeriods() {
        return ledger.loanPeriods();
    }

    public LoanPeriods changeLoanDays(VisitorCategory category, int days) {
        LoanPeriods changed = ledger.loanPeriods().with(category, days);
        ledger.saveLoanPeriods(changed, clerk);
        return changed;
    }

    private LedgerEntry with(LedgerEntry e, List<LedgerFile> files, Approval approval, Approval copyApproval,
                             LawyerCredentials c, ScopeGrant scope) {
        return new LedgerEntry(e.id(), e.seq(), e.kind(), e.registeredAt(), e.visitor(), files, e.purpose(), e.copy(),
                approval, copyApproval, c, scope, e.dueDate(), e.handedOutAt(), e.clerk(), e.signature(), e.remarks());
    }

    private static void checkSignature(byte[] png) {
        if (png == null || png.length == 0) {
            throw new AnjuanException("ledger.signature.missing");
        }
        if (png.length > MAX_SIGNATURE_BYTES || !Signature.isPng(png)) {
            throw new AnjuanException("ledger.signature.notPng");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException e) {
            throw new AnjuanException(e, "ledger.signature.notPng");
        }
        if (image == null) {
            throw new AnjuanException("ledger.signature.notPng");
        }
        if (!SignatureInk.hasInk(image)) {
            throw new AnjuanException("ledger.signature.blank");
        }
    }

    private static Visitor visitor(Visitor v) {
        if (v == null) {
            throw new AnjuanException("ledger.required", "姓名");
        }
        required(v.name(), "姓名");
        return new Visitor(v.name().strip(), blankToNull(v.unit()), v.category(), blankToNull(v.idType()),
                blankToNull(v.idNumber()), blankToNull(v.phone()));
    }

    private static CopyRequest copy(CopyRequest c) {
        if (c == null || (blankToNull(c.pages()) == null && blankToNull(c.purpose()) == null)) {
            return null;
        }
        return new CopyRequest(required(c.pages(), "摘抄、复制的页码"), blankToNull(c.purpose()));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new AnjuanException("ledger.required", field);
        }
        return value.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void refuse(LedgerRefusal r) {
        throw r.exception();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
