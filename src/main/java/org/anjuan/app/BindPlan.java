package org.anjuan.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.anjuan.domain.ArchiveNumber;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.RetentionPeriod;
import org.anjuan.domain.RetentionProposal;
import org.anjuan.domain.ScannedPage;
import org.anjuan.domain.VolumeLayout;

/**
 * What a bind will do, shown to the clerk before anything is written: the case in binding order, its
 * volumes with their page ranges, the archive numbers they are expected to take, the retention period,
 * and the warnings.
 *
 * @param scans     each scanned material's inspected pages, by absolute PDF path
 * @param predicted the numbers the volumes will take if no other workstation issues one first
 */
public record BindPlan(Path caseDir, CaseFile caseFile, Map<Path, List<ScannedPage>> scans,
                       List<VolumeLayout> volumes, List<ArchiveNumber> predicted, RetentionProposal retention,
                       RetentionPeriod period, List<String> warnings) {

    public BindPlan {
        scans = Map.copyOf(scans);
        volumes = List.copyOf(volumes);
        predicted = List.copyOf(predicted);
        warnings = List.copyOf(warnings);
    }

    public Path scanPath(String file) {
        return caseDir.resolve(file).toAbsolutePath().normalize();
    }

    public int scannedPages() {
        return scans.values().stream().mapToInt(List::size).sum();
    }
}
