package org.anjuan.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.anjuan.domain.ProgressListener;

/**
 * Adapts the application layer's progress to the FX thread: the background calls {@link #progress} as often
 * as it likes, the FX thread sees the latest figures at most once per pending update. {@link #cancel()} (the
 * 取消 button) sets the flag the background work reads between steps.
 */
final class FxProgress implements ProgressListener {

    private final BackgroundTasks tasks;
    private final BiConsumer<Long, Long> show;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean posted = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    /** @param show gets (done, total) on the FX thread */
    FxProgress(BackgroundTasks tasks, BiConsumer<Long, Long> show) {
        this.tasks = tasks;
        this.show = show;
    }

    @Override
    public void progress(long doneSoFar, long all, String what) {
        done.set(doneSoFar);
        total.set(all);
        if (posted.compareAndSet(false, true)) {
            tasks.onFxThread(() -> {
                posted.set(false);
                show.accept(done.get(), total.get());
            });
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    void cancel() {
        cancelled.set(true);
    }
}
