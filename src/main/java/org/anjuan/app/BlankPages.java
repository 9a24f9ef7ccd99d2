package org.anjuan.app;

import java.nio.file.Path;

/**
 * Finds the pages of a scan that have no writing, so they take no page number (第五条). A seam: the
 * stamping use case does not care how blankness is decided.
 */
@FunctionalInterface
public interface BlankPages {

    /** One entry per page of {@code pdf}, true where the page is blank. */
    boolean[] blankPages(Path pdf);
}
