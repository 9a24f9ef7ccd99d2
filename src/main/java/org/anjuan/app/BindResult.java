package org.anjuan.app;

import java.nio.file.Path;
import java.util.List;

/** A finished bind: the stored case, its volume files and the report beside them. */
public record BindResult(long caseId, List<Path> files, Path reportFile, BindReport report) {

    public BindResult {
        files = List.copyOf(files);
    }
}
