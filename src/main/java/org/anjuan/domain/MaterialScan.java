package org.anjuan.domain;

import java.util.List;

/**
 * What the acceptance check learnt from a scanned material's file: its pages, or why there are none.
 *
 * @param problem null when the file was read; else what is wrong with it, in the clerk's language
 */
public record MaterialScan(List<ScannedPage> pages, boolean missing, String problem) {

    public MaterialScan {
        pages = List.copyOf(pages);
    }

    public static MaterialScan read(List<ScannedPage> pages) {
        return new MaterialScan(pages, false, null);
    }

    public static MaterialScan missingFile() {
        return new MaterialScan(List.of(), true, null);
    }

    public static MaterialScan unreadable(String problem) {
        return new MaterialScan(List.of(), false, problem);
    }
}
