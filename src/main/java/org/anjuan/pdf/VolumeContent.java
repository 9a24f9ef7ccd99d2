package org.anjuan.pdf;

import java.nio.file.Path;
import java.util.List;
import org.anjuan.domain.BackSheet;
import org.anjuan.domain.CoverSheet;
import org.anjuan.domain.DirectoryRow;
import org.anjuan.domain.PageNumber;

/**
 * Everything one volume PDF holds, in binding order (standards.md §1.7): cover, directory, the scanned
 * pages of its materials with their numbers, back sheet.
 */
public record VolumeContent(CoverSheet cover, List<DirectoryRow> directory, List<ScanRange> scans,
                            BackSheet backSheet) {

    public VolumeContent {
        directory = List.copyOf(directory);
        scans = List.copyOf(scans);
    }

    /**
     * Pages {@code from} (inclusive) to {@code to} (exclusive), 0-based, of a scanned PDF, and the number
     * each takes (one entry per page).
     */
    public record ScanRange(Path pdf, int from, int to, List<PageNumber> numbers) {

        public ScanRange {
            numbers = List.copyOf(numbers);
            if (numbers.size() != to - from) {
                throw new IllegalArgumentException("one number entry per page: " + pdf);
            }
        }
    }

    public int scannedPages() {
        return scans.stream().mapToInt(s -> s.to() - s.from()).sum();
    }
}
