package org.anjuan.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.anjuan.app.AppContext;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CaseSummary;
import org.anjuan.domain.ExpiringFile;
import org.anjuan.domain.RedoneCase;

/**
 * What the main window asks of the application layer. Every method may be slow and is called off the FX
 * thread. The window uses {@link #of(AppContext)}; view-model tests pass a fake.
 */
public interface CaseRegister {

    /** All cases, newest first. */
    List<CaseSummary> summaries();

    /** One case with its ordered materials, retention decision and archive numbers. */
    CaseDetails details(long caseId);

    /** Reads a case folder (case.yaml and its scans) into the register. */
    CaseFile importFolder(Path caseDir);

    /** The materials, pages and binding of the registered cases. */
    CaseBinding binding();

    /** Printing the bound volumes' and the boxes' forms. */
    PrintDesk printing();

    /** Checking the audit log's hash chain. */
    AuditCheck audit();

    /** Boxing the bound volumes by plan (装盒). */
    BoxDesk boxing();

    /** Handover and acceptance (移交验收) of the registered cases. */
    default HandoverDesk handovers() {
        throw new UnsupportedOperationException("this register keeps no handovers");
    }

    /** 补正 and 增补 of bound cases. */
    default SupplementDesk supplements() {
        throw new UnsupportedOperationException("no supplements in this register");
    }

    /**
     * Records that case {@code caseId} makes anew the revoked decision of {@code original} (第九条), named by its
     * case id or one of its archive numbers; the original's file and numbers stay as they were.
     */
    default RedoneCase linkRedone(long caseId, String original) {
        throw new UnsupportedOperationException("this register keeps no case links");
    }

    /** The cases' audio/video and electronic records; none unless the register keeps them. */
    default AvShelf avRecords() {
        return AvShelf.EMPTY;
    }
    /** The lending and consultation register; none (null) unless the register keeps one. */
    default LedgerDesk ledger() {
        return null;
    }

    /** Archived files whose retention period ends on {@code asOf} or within {@code withinDays} after it. */
    List<ExpiringFile> dueForAppraisal(LocalDate asOf, int withinDays);

    static CaseRegister of(AppContext context) {
        CaseBinding binding = CaseBinding.of(context);
        PrintDesk printing = PrintDesk.of(context);
        AuditCheck audit = AuditCheck.of(context);
        BoxDesk boxing = BoxDesk.of(context);
        AvShelf avRecords = AvShelf.of(context);
        LedgerDesk ledger = LedgerDesk.of(context);
        return new CaseRegister() {
            @Override
            public AvShelf avRecords() {
                return avRecords;
            }

            @Override
            public LedgerDesk ledger() {
                return ledger;
            }

            @Override
            public AuditCheck audit() {
                return audit;
            }

            @Override
            public CaseBinding binding() {
                return binding;
            }

            @Override
            public PrintDesk printing() {
                return printing;
            }

            @Override
            public BoxDesk boxing() {
                return boxing;
            }

            @Override
            public HandoverDesk handovers() {
                return HandoverDesk.of(context);
            }

            @Override
            public SupplementDesk supplements() {
                return SupplementDesk.of(context);
            }

            @Override
            public List<CaseSummary> summaries() {
                return context.cases().register();
            }

            @Override
            public CaseDetails details(long caseId) {
                return new CaseDetails(context.cases().get(caseId), context.retention().retention(caseId),
                        context.numbers().forCase(caseId), context.cases().redoneLinks(caseId));
            }

            @Override
            public RedoneCase linkRedone(long caseId, String original) {
                return context.cases().linkRedone(caseId, original);
            }

            @Override
            public CaseFile importFolder(Path caseDir) {
                return context.cases().importFolder(caseDir);
            }

            @Override
            public List<ExpiringFile> dueForAppraisal(LocalDate asOf, int withinDays) {
                return context.deadlines().dueForAppraisal(asOf, withinDays);
            }
        };
    }
}
