package org.anjuan.pdf;

import java.util.List;
import org.anjuan.domain.BackSheet;
import org.anjuan.domain.CoverSheet;
import org.anjuan.domain.DirectoryRow;

/**
 * The three printed forms of a volume (GB/T 9705 order, standards.md §1.7: 封面 → 卷内目录 → documents → 备考表),
 * as one finished PDF of A4 pages. They are made from the report templates; {@link VolumeWriter} only puts
 * their pages in place, unnumbered.
 */
public interface FormSource {

    /** 案卷封面 (one page), 卷内目录 (as many pages as the rows need) and 卷内备考表, in that order, in one PDF. */
    Forms volume(CoverSheet cover, List<DirectoryRow> directory, BackSheet backSheet);

    /**
     * Called when forms will soon be wanted (a bind is being prepared): a source whose first form is slow to
     * make may get ready in the background meanwhile. Does nothing by default.
     */
    default void warmUp() {
    }

    /**
     * Called when more forms will likely be wanted later but not at once (the window has opened the register, a
     * bind has finished): a source may practise making them in the background. Does nothing by default.
     */
    default void practise() {
    }

    /** The forms' PDF and how many of its first pages are the cover and the directory; the back sheet follows. */
    record Forms(byte[] pdf, int coverPages, int directoryPages) {

        public Forms {
            if (coverPages < 0 || directoryPages < 0) {
                throw new IllegalArgumentException("page counts " + coverPages + ", " + directoryPages);
            }
        }
    }
}
