package org.anjuan.app;

import org.anjuan.domain.ProgressListener;

/** One step of a longer job: reports its own progress as part of the whole, and passes cancellation on. */
final class ProgressSlice implements ProgressListener {

    private final ProgressListener whole;
    private final long before;
    private final long total;

    ProgressSlice(ProgressListener whole, long before, long total) {
        this.whole = whole;
        this.before = before;
        this.total = total;
    }

    @Override
    public void progress(long done, long stepTotal, String what) {
        whole.progress(Math.min(total, before + done), total, what);
    }

    @Override
    public boolean isCancelled() {
        return whole.isCancelled();
    }
}
