package org.anjuan.ui;

import java.nio.file.Path;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.ScannedPage;

/**
 * One scanned page of a material as the page strip shows it: what the inspection found (null until it is done)
 * and the clerk's mark (null when none). The mark wins over the detected blank flag, as in binding.
 *
 * @param file the material's scan as the case records it ({@code Material.file()})
 * @param page 1-based
 * @param pdf  the scan's absolute path
 */
public record PageItem(String file, int page, Path pdf, ScannedPage inspected, PageKind mark) {

    /** The page's kind for numbering, or null while neither a mark nor an inspection says. */
    public PageKind kind() {
        if (mark != null) {
            return mark;
        }
        return inspected == null ? null : inspected.blank() ? PageKind.BLANK : PageKind.CONTENT;
    }

    public boolean detectedBlank() {
        return inspected != null && inspected.blank();
    }

    public boolean notA4() {
        return inspected != null && !inspected.a4();
    }

    /** Whether the page will take a page number; unknown pages count as numbered until inspected. */
    public boolean numbered() {
        PageKind k = kind();
        return k == null || k.isNumbered();
    }

    public PageItem withMark(PageKind newMark) {
        return new PageItem(file, page, pdf, inspected, newMark);
    }

    /** Identifies the page's picture: same scan, same page. */
    public String key() {
        return pdf + "#" + page;
    }
}
