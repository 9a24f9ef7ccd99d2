package org.anjuan.app;

import java.time.LocalDate;
import java.util.List;
import org.anjuan.domain.ExpiringFile;
import org.anjuan.domain.OverdueCase;
import org.anjuan.store.BoxRepository;
import org.anjuan.store.CaseRepository;

/**
 * Deadlines the archive room keeps: closed cases not bound within the 30 days of 第四条, and archived files
 * whose retention period ends (保管期限届满), which are then appraised (到期鉴定). Read-only.
 */
public final class DeadlineService {

    private final CaseRepository cases;
    private final BoxRepository volumes;

    DeadlineService(CaseRepository cases, BoxRepository volumes) {
        this.cases = cases;
        this.volumes = volumes;
    }

    /** Closed cases still unbound after their filing deadline on {@code asOf}, the latest first. */
    public List<OverdueCase> overdue(LocalDate asOf) {
        return OverdueCase.of(cases.summaries(), asOf);
    }

    /** Every archived volume (bound, number not voided) with the end of its retention period, soonest first. */
    public List<ExpiringFile> expiries() {
        return volumes.boundVolumes(null, null).stream().map(ExpiringFile::of).sorted(ExpiringFile.BY_EXPIRY)
                .toList();
    }

    /** The archived volumes whose period ends on {@code asOf} or within {@code withinDays} days after it. */
    public List<ExpiringFile> dueForAppraisal(LocalDate asOf, int withinDays) {
        return ExpiringFile.dueForAppraisal(volumes.boundVolumes(null, null), asOf, withinDays);
    }
}
