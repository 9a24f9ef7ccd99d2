package org.anjuan.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An archived (bound and numbered) volume with the end of its retention period, counted from the year of its
 * archive number (see {@link RetentionExpiry}).
 */
public record ExpiringFile(BoxableVolume volume, RetentionExpiry retention) {

    /** Files due soonest first; permanent ones last; then in archive-number order. */
    public static final Comparator<ExpiringFile> BY_EXPIRY = Comparator
            .comparing((ExpiringFile f) -> f.expiry().orElse(LocalDate.MAX))
            .thenComparingInt(f -> f.volume().year()).thenComparing(f -> f.volume().word())
            .thenComparingInt(f -> f.volume().seq());

    public static ExpiringFile of(BoxableVolume volume) {
        return new ExpiringFile(volume, new RetentionExpiry(volume.year(), volume.retention()));
    }

    /** The volumes whose period ends on {@code asOf} or within {@code days} days after it, soonest first. */
    public static List<ExpiringFile> dueForAppraisal(List<BoxableVolume> archived, LocalDate asOf, int days) {
        RetentionExpiry.checkDays(days);
        return archived.stream().map(ExpiringFile::of).filter(f -> f.retention().dueWithin(asOf, days))
                .sorted(BY_EXPIRY).toList();
    }

    public Optional<LocalDate> expiry() {
        return retention.expiry();
    }
}
