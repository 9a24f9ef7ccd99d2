package org.anjuan.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Runs database and file work on one injected executor, never on the FX thread, and hands the result or the
 * failure back on the FX thread. Tests pass a same-thread executor for both, so no toolkit is needed.
 * {@link #run} is called from the FX thread; the handlers run there too.
 */
public final class BackgroundTasks {

    private final Executor background;
    private final Executor fxThread;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");
    private final BooleanExpression busy = Bindings.greaterThan(running.getReadOnlyProperty(), 0);

    /**
     * @param background where the work runs (one small pool for the whole window)
     * @param fxThread   where results are applied: {@code Platform::runLater} in the application
     */
    public BackgroundTasks(Executor background, Executor fxThread) {
        this.background = background;
        this.fxThread = fxThread;
    }

    /** Work and results on the calling thread, for tests. */
    public static BackgroundTasks sameThread() {
        return new BackgroundTasks(Runnable::run, Runnable::run);
    }

    /** True while any task has not yet delivered its result. */
    public BooleanExpression busy() {
        return busy;
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the FX thread. A task
     * counts as running until its handler has returned, so a handler that starts follow-up work keeps the
     * window busy without a gap.
     */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        running.set(running.get() + 1);
        try {
            background.execute(() -> {
                Outcome<T> outcome = Outcome.of(work);
                fxThread.execute(() -> deliver(outcome, onSuccess, onFailure));
            });
        } catch (RejectedExecutionException e) {
            deliver(new Outcome<>(null, e), onSuccess, onFailure);
        }
    }

    /**
     * Runs {@code update} on the FX thread, for progress reported from the background while a task is still
     * running; callable from any thread.
     */
    public void onFxThread(Runnable update) {
        fxThread.execute(update);
    }

    private <T> void deliver(Outcome<T> outcome, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            if (outcome.failure() == null) {
                onSuccess.accept(outcome.value());
            } else {
                onFailure.accept(outcome.failure());
            }
        } finally {
            running.set(running.get() - 1);
        }
    }

    private record Outcome<T>(T value, Throwable failure) {
        static <T> Outcome<T> of(Callable<T> work) {
            try {
                return new Outcome<>(work.call(), null);
            } catch (Exception | LinkageError | AssertionError e) {
                return new Outcome<>(null, e);
            }
        }
    }
}
