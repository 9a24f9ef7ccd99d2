package org.anjuan.app;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.NumberPosition;
import org.anjuan.domain.NumberSheets;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.PageNumber;
import org.anjuan.domain.PageNumbering;
import org.anjuan.domain.ProgressListener;
import org.anjuan.pdf.NumberStamp;
import org.anjuan.pdf.NumberStamper;
import org.anjuan.report.FormReports;

/**
 * Page numbers for material outside a binding: stamping a scanned PDF, and number-only sheets for paper
 * originals (SPEC §3). A loose scan has no cover or directory, so every page is a front with writing
 * unless it is blank. Number sheets are a printed form (reports/numbersheets.jrxml), laid out for the default
 * stamp ({@link NumberStamp#DEFAULT}), the style this service is given by {@link ScanTools}.
 */
public final class StampService {

    private final BlankPages blankPages;
    private final NumberStamp style;
    private final FormReports forms = new FormReports();

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

    /**
     * A4 sheets carrying only the numbers {@code from}…{@code to}, shifted to suit one printer: right and down by
     * the offsets in millimetres. Refused (and nothing written) for a bad range or an offset off the paper.
     */
    public void numberSheets(Path out, int from, int to, NumberPosition position, double offsetXmm,
                             double offsetYmm) {
        byte[] pdf = forms.numberSheets(new NumberSheets(from, to, position, offsetXmm, offsetYmm));
        write(out, pdf);
    }

    /** Writes beside the target and moves into place, so no reader ever sees half a file. */
    private static void write(Path target, byte[] pdf) {
        Path folder = target.toAbsolutePath().getParent();
        // not Files.createTempFile: its owner-only permissions would follow the file into a shared archive
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(folder);
            try {
                Files.write(temp, pdf);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new AnjuanException(e, "pdf.writeFailed", target.toString(), String.valueOf(e.getMessage()));
        }
    }
}
