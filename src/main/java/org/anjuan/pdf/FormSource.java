package org.anjuan.pdf;

import java.util.List;
import org.anjuan.domain.BackSheet;
import org.anjuan.domain.CoverSheet;
import org.anjuan.domain.DirectoryRow;

/**
 * The three printed forms of a volume (GB/T 9705 order, standards.md §1.7: 封面 → 卷内目录 → documents → 备考表),
 * each as a finished PDF of A4 pages. They are made from the report templates; {@link VolumeWriter} only puts
 * their pages in place, unnumbered.
 */
public interface FormSource {

    /** 案卷封面: one page. */
    byte[] cover(CoverSheet cover);

    /** 卷内目录: as many pages as the rows need. */
    byte[] directory(String archiveNumber, List<DirectoryRow> rows);

    /** 卷内备考表: one page, more when the notes do not fit. */
    byte[] backSheet(BackSheet sheet);

    /**
     * Called when forms will soon be wanted (a bind is being prepared): a source whose first form is slow to
     * make may get ready in the background meanwhile. Does nothing by default.
     */
    default void warmUp() {
    }
}
