package org.anjuan.domain;

import java.util.List;

/**
 * What a bound volume's printed forms say, kept as they were when it was bound so that a reprint matches the
 * volume on the shelf: the cover, the directory rows, the back sheet, and the page numbers its paper-only
 * originals took (for number-only sheets).
 */
public record VolumeForms(CoverSheet cover, List<DirectoryRow> directory, BackSheet backSheet,
                          List<PaperOriginal> paperOriginals) {

    public VolumeForms {
        directory = List.copyOf(directory);
        paperOriginals = List.copyOf(paperOriginals);
    }

    /** A material kept on paper only: its 顺序号, 题名 and the page numbers to print onto it. */
    public record PaperOriginal(int seq, String title, int firstNumber, int lastNumber) {
    }
}
