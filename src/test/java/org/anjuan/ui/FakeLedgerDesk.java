package org.anjuan.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anjuan.app.LedgerRequest;
import org.anjuan.app.PrintRoute;
import org.anjuan.app.ScannedReturn;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.Approval;
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

/**
 * The register kept in memory for the view-model tests: the domain's lending rules decide, as in the service;
 * two bound volumes are on the shelf; every call is noted.
 */
final class FakeLedgerDesk implements LedgerDesk {

    static final String FIRST = "2023年厦国动罚字第01号";
    static final String SECONDARY = "2023年厦国动罚字第04号";
    static final LocalDateTime NOW = LocalDateTime.of(2024, 3, 15, 9, 30);

    final List<String> calls = new ArrayList<>();
    final Map<Long, LedgerEntry> entries = new LinkedHashMap<>();
    final Map<String, LedgerVolume> shelf = new LinkedHashMap<>();
    LocalDate today = NOW.toLocalDate();
    Path exported;
    byte[] printed;
    String printer;

    FakeLedgerDesk() {
        shelf.put(FIRST, new LedgerVolume(FIRST, 1, 1, 2, "厦门某置业有限公司未按规定修建防空地下室案", 120, false, null,
                null));
        shelf.put(SECONDARY, new LedgerVolume(SECONDARY, 2, 2, 2, "某公司擅自拆除人民防空工程案", 14, true, null, null));
    }

    @Override
    public List<LedgerEntry> search(LedgerQuery q) {
        calls.add("search " + q);
        return entries.values().stream().filter(e -> q.matches(e, today)).toList();
    }

    @Override
    public List<LedgerEntry> overdue() {
        return entries.values().stream().filter(e -> e.overdue(today)).toList();
    }

    @Override
    public LedgerEntry get(long id) {
        return entries.get(id);
    }

    @Override
    public LedgerEntry register(LedgerRequest r) {
        calls.add("register " + r.kind().label() + " " + r.visitor().name() + " " + r.archiveNumbers());
        LendingRules.kindAllowed(r.kind(), r.visitor()).ifPresent(x -> {
            throw x.exception();
        });
        List<LedgerFile> files = r.archiveNumbers().stream().map(n -> LedgerFile.requested(volume(n))).toList();
        long id = entries.size() + 1L;
        int seq = (int) entries.values().stream().filter(e -> e.kind() == r.kind()).count() + 1;
        LedgerEntry e = new LedgerEntry(id, seq, r.kind(), NOW, r.visitor(), files, r.purpose(),
                r.copy() == null || r.copy().pages() == null || r.copy().pages().isBlank() ? null : r.copy(), null,
                null, null, null, null, null, "林晓", null, r.remarks());
        entries.put(id, e);
        return e;
    }

    @Override
    public LedgerVolume volume(String text) {
        calls.add("volume " + text);
        String n = text.strip();
        if (!shelf.containsKey(n)) {
            throw new AnjuanException("ledger.scan.unknown", n);
        }
        return shelf.get(n);
    }

    @Override
    public LedgerEntry addFile(long id, String text) {
        LedgerEntry e = entries.get(id);
        List<LedgerFile> files = new ArrayList<>(e.files());
        files.add(LedgerFile.requested(volume(text)));
        return put(with(e, files, e.approval(), e.copyApproval(), e.credentials(), e.scope()));
    }

    @Override
    public LedgerEntry removeFile(long id, String number) {
        LedgerEntry e = entries.get(id);
        return put(with(e, e.files().stream().filter(f -> !f.archiveNumber().equals(number)).toList(), e.approval(),
                e.copyApproval(), e.credentials(), e.scope()));
    }

    @Override
    public LedgerEntry approve(long id, String by) {
        calls.add("approve " + id + " " + by);
        if (by == null || by.isBlank()) {
            throw new AnjuanException("ledger.required", "审批人");
        }
        LedgerEntry e = entries.get(id);
        return put(with(e, e.files(), new Approval(by, NOW), e.copyApproval(), e.credentials(), e.scope()));
    }

    @Override
    public LedgerEntry approveCopy(long id, String by) {
        calls.add("approveCopy " + id + " " + by);
        LedgerEntry e = entries.get(id);
        return put(with(e, e.files(), e.approval(), new Approval(by, NOW), e.credentials(), e.scope()));
    }

    @Override
    public LedgerEntry recordCredentials(long id, LawyerCredentials c) {
        calls.add("credentials " + id + " " + c.missing());
        LedgerEntry e = entries.get(id);
        return put(with(e, e.files(), e.approval(), e.copyApproval(), c, e.scope()));
    }

    @Override
    public LedgerEntry grantScope(long id, String by, String basis) {
        calls.add("scope " + id + " " + by + " " + basis);
        LedgerEntry e = entries.get(id);
        return put(with(e, e.files(), e.approval(), e.copyApproval(), e.credentials(), new ScopeGrant(by, basis)));
    }

    @Override
    public List<LedgerRefusal> blockers(long id) {
        return LendingRules.beforeSigning(entries.get(id), Map.of());
    }

    @Override
    public LedgerEntry sign(long id, byte[] png) {
        calls.add("sign " + id + " " + png.length + " bytes");
        LedgerEntry e = entries.get(id);
        List<LedgerRefusal> found = blockers(id);
        if (!found.isEmpty()) {
            throw found.get(0).exception();
        }
        return put(new LedgerEntry(e.id(), e.seq(), e.kind(), e.registeredAt(), e.visitor(), e.files(), e.purpose(),
                e.copy(), e.approval(), e.copyApproval(), e.credentials(), e.scope(),
                loanPeriods().due(e.kind(), e.visitor().category(), NOW.toLocalDate()), NOW, e.clerk(),
                new Signature(png, NOW), e.remarks()));
    }

    @Override
    public ScannedReturn findForReturn(String scanned) {
        calls.add("findForReturn " + scanned);
        LedgerVolume v = volume(scanned);
        return entries.values().stream().filter(LedgerEntry::open)
                .filter(e -> e.file(v.archiveNumber()).map(f -> !f.returned()).orElse(false)).findFirst()
                .map(e -> new ScannedReturn(e, e.file(v.archiveNumber()).orElseThrow()))
                .orElseThrow(() -> new AnjuanException("ledger.scan.notOut", v.archiveNumber()));
    }

    @Override
    public LedgerEntry returnFile(long id, String number, int pages, String condition) {
        calls.add("return " + id + " " + number + " " + pages + " " + condition);
        LedgerEntry e = entries.get(id);
        LedgerFile f = e.file(number).orElseThrow();
        LendingRules.onReturn(e, f, pages, condition).ifPresent(x -> {
            throw x.exception();
        });
        List<LedgerFile> files = e.files().stream().map(x -> x.archiveNumber().equals(number)
                ? new LedgerFile(x.volume(), NOW.plusHours(2), pages,
                condition == null || condition.isBlank() ? "完好" : condition, "林晓") : x).toList();
        return put(new LedgerEntry(e.id(), e.seq(), e.kind(), e.registeredAt(), e.visitor(), files, e.purpose(),
                e.copy(), e.approval(), e.copyApproval(), e.credentials(), e.scope(), e.dueDate(), e.handedOutAt(),
                e.clerk(), e.signature(), e.remarks()));
    }

    @Override
    public LoanPeriods loanPeriods() {
        return LoanPeriods.defaults();
    }

    @Override
    public int export(LedgerQuery q, Path out) {
        calls.add("export " + out.getFileName());
        exported = out;
        return search(q).stream().mapToInt(e -> e.files().size()).sum();
    }

    @Override
    public byte[] print(LedgerKind kind, LedgerQuery q) {
        calls.add("print " + kind.label());
        return new byte[] {'%', 'P', 'D', 'F'};
    }

    @Override
    public int savePrint(LedgerKind kind, LedgerQuery q, Path out) {
        calls.add("savePrint " + kind.label() + " " + out.getFileName());
        return 2;
    }

    @Override
    public List<String> printers() {
        return List.of("档案室打印机");
    }

    @Override
    public Optional<String> defaultPrinter() {
        return Optional.of("档案室打印机");
    }

    @Override
    public PrintRoute sendToPrinter(byte[] pdf, String name, String jobName, int copies) {
        calls.add("sendToPrinter " + name + " " + jobName + " ×" + copies);
        printer = name;
        printed = pdf;
        return PrintRoute.PDF;
    }

    @Override
    public LocalDate today() {
        return today;
    }

    private LedgerEntry put(LedgerEntry e) {
        entries.put(e.id(), e);
        return e;
    }

    private static LedgerEntry with(LedgerEntry e, List<LedgerFile> files, Approval approval, Approval copyApproval,
                                    LawyerCredentials c, ScopeGrant scope) {
        return new LedgerEntry(e.id(), e.seq(), e.kind(), e.registeredAt(), e.visitor(), files, e.purpose(), e.copy(),
                approval, copyApproval, c, scope, e.dueDate(), e.handedOutAt(), e.clerk(), e.signature(), e.remarks());
    }
}
