package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Work runs on the background executor; results and failures come back on the "FX" executor. */
class BackgroundTasksTest {

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final BackgroundTasks tasks = new BackgroundTasks(background::add, fx::add);
    private final List<String> seen = new ArrayList<>();

    @Test
    void resultArrivesOnTheFxExecutorAndBusyLastsUntilThen() {
        tasks.run(() -> "读取完毕", seen::add, e -> seen.add("failed"));
        assertThat(tasks.busy().get()).isTrue();
        drain(background);
        assertThat(seen).isEmpty();
        assertThat(tasks.busy().get()).isTrue();
        drain(fx);
        assertThat(seen).containsExactly("读取完毕");
        assertThat(tasks.busy().get()).isFalse();
    }

    @Test
    void failureGoesToTheFailureHandler() {
        tasks.run(() -> {
            throw new IllegalStateException("坏了");
        }, v -> seen.add("ok"), e -> seen.add(e.getMessage()));
        drain(background);
        drain(fx);
        assertThat(seen).containsExactly("坏了");
        assertThat(tasks.runningProperty().get()).isZero();
    }

    @Test
    void followUpWorkKeepsTheWindowBusyWithoutAGap() {
        List<Boolean> busyWhenFollowUpStarted = new ArrayList<>();
        tasks.run(() -> 1, v -> {
            tasks.run(() -> 2, w -> { }, e -> { });
            busyWhenFollowUpStarted.add(tasks.busy().get());
        }, e -> { });
        drain(background);
        drain(fx);
        assertThat(busyWhenFollowUpStarted).containsExactly(true);
        assertThat(tasks.runningProperty().get()).isEqualTo(1);
        drain(background);
        drain(fx);
        assertThat(tasks.busy().get()).isFalse();
    }

    @Test
    void aRejectedTaskReportsAFailure() {
        Executor closed = r -> {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        };
        new BackgroundTasks(closed, Runnable::run).run(() -> 1, v -> seen.add("ok"), e -> seen.add("rejected"));
        assertThat(seen).containsExactly("rejected");
    }

    private static void drain(Queue<Runnable> queue) {
        for (Runnable r = queue.poll(); r != null; r = queue.poll()) {
            r.run();
        }
    }
}
