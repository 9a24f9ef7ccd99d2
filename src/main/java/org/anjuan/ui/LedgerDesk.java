package org.anjuan.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anjuan.app.AppContext;
import org.anjuan.app.LedgerRequest;
import org.anjuan.app.LedgerService;
import org.anjuan.app.PrintRoute;
import org.anjuan.app.ScannedReturn;
import org.anjuan.domain.LawyerCredentials;
import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerQuery;
import org.anjuan.domain.LedgerRefusal;
import org.anjuan.domain.LedgerVolume;
import org.anjuan.domain.LoanPeriods;

/**
 * What the 档案利用登记 window asks of the application layer: the lending and consultation register
 * ({@link LedgerService}) and a printer. Every method may be slow and is called off the FX thread; refusals are
 * {@code AnjuanException}s whose Chinese text names the rule. The window uses {@link #of(AppContext)}; view-model
 * tests pass a fake.
 */
public interface LedgerDesk {

    List<LedgerEntry> search(LedgerQuery query);

    /** Open entries past their due date, the longest overdue first. */
    List<LedgerEntry> overdue();

    LedgerEntry get(long entryId);

    LedgerEntry register(LedgerRequest request);

    /** The bound volume a scanned cover or a typed archive number names. */
    LedgerVolume volume(String scannedOrTyped);

    LedgerEntry addFile(long entryId, String scannedOrTyped);

    LedgerEntry removeFile(long entryId, String archiveNumber);

    LedgerEntry approve(long entryId, String approver);

    LedgerEntry approveCopy(long entryId, String archiveHead);

    LedgerEntry recordCredentials(long entryId, LawyerCredentials seen);

    LedgerEntry grantScope(long entryId, String confirmedBy, String basis);

    /** What still stops the visitor from signing; empty when the entry may be signed. */
    List<LedgerRefusal> blockers(long entryId);

    /** Keeps the signature (PNG), hands the volumes out and sets the due date. */
    LedgerEntry sign(long entryId, byte[] png);

    /** The open entry holding the scanned volume. */
    ScannedReturn findForReturn(String scanned);

    LedgerEntry returnFile(long entryId, String archiveNumber, int pagesCounted, String condition);

    LoanPeriods loanPeriods();

    /** Writes the matching entries as .xlsx; returns the rows written. */
    int export(LedgerQuery query, Path out);

    /** The register of one kind as PDF pages. */
    byte[] print(LedgerKind kind, LedgerQuery query);

    /** Writes the register of one kind as PDF; returns its pages. */
    int savePrint(LedgerKind kind, LedgerQuery query, Path out);

    List<String> printers();

    Optional<String> defaultPrinter();

    /** Sends a PDF to a printer (null: the system default). */
    PrintRoute sendToPrinter(byte[] pdf, String printer, String jobName, int copies);

    /** Today, as the register counts overdue days. */
    default LocalDate today() {
        return LocalDate.now();
    }

    static LedgerDesk of(AppContext context) {
        return new ServiceDesk(context);
    }

    /** The desk over the real service. */
    final class ServiceDesk implements LedgerDesk {
        private final AppContext context;
        private final LedgerService s;

        ServiceDesk(AppContext context) {
            this.context = context;
            this.s = context.ledger();
        }

        @Override public List<LedgerEntry> search(LedgerQuery q) { return s.search(q); }
        @Override public List<LedgerEntry> overdue() { return s.overdue(); }
        @Override public LedgerEntry get(long id) { return s.get(id); }
        @Override public LedgerEntry register(LedgerRequest r) { return s.register(r); }
        @Override public LedgerVolume volume(String text) { return s.volume(text); }
        @Override public LedgerEntry addFile(long id, String text) { return s.addFile(id, text); }
        @Override public LedgerEntry removeFile(long id, String number) { return s.removeFile(id, number); }
        @Override public LedgerEntry approve(long id, String by) { return s.approve(id, by); }
        @Override public LedgerEntry approveCopy(long id, String by) { return s.approveCopy(id, by); }
        @Override public LedgerEntry recordCredentials(long id, LawyerCredentials c) {
            return s.recordCredentials(id, c);
        }
        @Override public LedgerEntry grantScope(long id, String by, String basis) {
            return s.grantScope(id, by, basis);
        }
        @Override public List<LedgerRefusal> blockers(long id) { return s.blockers(id); }
        @Override public LedgerEntry sign(long id, byte[] png) { return s.sign(id, png); }
        @Override public ScannedReturn findForReturn(String scanned) { return s.findForReturn(scanned); }
        @Override public LedgerEntry returnFile(long id, String number, int pages, String condition) {
            return s.returnFile(id, number, pages, condition);
        }
        @Override public LoanPeriods loanPeriods() { return s.loanPeriods(); }
        @Override public int export(LedgerQuery q, Path out) { return s.export(q, out); }
        @Override public byte[] print(LedgerKind kind, LedgerQuery q) { return s.print(kind, q); }
        @Override public int savePrint(LedgerKind kind, LedgerQuery q, Path out) { return s.savePrint(kind, q, out); }
        @Override public List<String> printers() { return context.printCentre().printers(); }
        @Override public Optional<String> defaultPrinter() { return context.printCentre().defaultPrinter(); }
        @Override public PrintRoute sendToPrinter(byte[] pdf, String printer, String jobName, int copies) {
            return context.printing().print(pdf, printer, jobName, copies);
        }
    }
}
