package org.anjuan.domain;

/** Long work reports its progress here; the UI adapts it to a Task, the CLI prints to stderr. */
public interface ProgressListener {

    ProgressListener NONE = (done, total, what) -> { };

    void progress(long done, long total, String what);

    /** Work that can be cancelled asks this between steps. */
    default boolean isCancelled() {
        return false;
    }
}
