package org.anjuan.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.anjuan.domain.NumberPosition;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.PageNumber;
import org.anjuan.domain.PageNumbering;
import org.anjuan.domain.ProgressListener;
import org.anjuan.pdf.NumberSheetWriter;
import org.anjuan.pdf.NumberStamp;
import org.anjuan.pdf.NumberStamper;

/**
 * Page numbers for material outside a binding: stamping a scanned PDF, and number-only sheets for paper
 * originals (SPEC §3). A loose scan has no cover or directory, so every page is a front with writing
 * unless it is blank.
 */
public final class StampService {

    private final BlankPages blankPages;
    private final NumberStamp style;

    public StampService(BlankPages blankPages, NumberStamp style) {
        this.blankPages = blankPages;
        this.style = style;
    }

    /** Stamps {@code in} into {@code out}, numbering from {@code start}; blank pages stay unnumbered if asked. */
    public StampResult number(Path in, Path out, int start, NumberPosition position, boolean skipBlank,
                              ProgressListener progress) {
        boolean[] blank = skipBlank ? blankPages.blankPages(in) : new boolean[0];
        List<Integer> skipped = new ArrayList<>();
        int[] numbered = new int[1];
        int pages = new NumberStamper().stamp(in, out, count -> {
            List<PageKind> kinds = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                boolean isBlank = i < blank.length && blank[i];
                kinds.add(isBlank ? PageKind.BLANK : PageKind.CONTENT);
                if (isBlank) {
                    skipped.add(i + 1);
                }
            }
            numbered[0] = PageNumbering.numberedCount(kinds);
            return new PageNumbering(position).number(kinds, start);
        }, style, progress);
        int count = numbered[0];
        return count == 0
                ? new StampResult(pages, OptionalInt.empty(), OptionalInt.empty(), skipped)
                : new StampResult(pages, OptionalInt.of(start), OptionalInt.of(start + count - 1), skipped);
    }

    /** A4 sheets carrying only the numbers {@code from}…{@code to}, shifted to suit one printer. */
    public void numberSheets(Path out, int from, int to, NumberPosition position, double offsetXmm,
                             double offsetYmm) {
        new NumberSheetWriter(style).write(out, from, to, position, offsetXmm, offsetYmm);
    }
}
