package org.collateralfinder.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Background tasks with a queue for an executor: what runs, and what comes back, after a cancel. */
class BackgroundTaskTest {

    private final List<Runnable> queued = new ArrayList<>();
    private final List<String> delivered = new ArrayList<>();

    @Test
    void aTaskCancelledBeforeItStartsDoesNotRunItsWork() {
        // a keystroke's search made stale by the next keystroke while it waits for the executor: it must not run
        // (before, it ran to its end and only its answer was dropped, so stale searches piled up behind typing)
        List<String> ran = new ArrayList<>();
        BackgroundTask<String> task = BackgroundTask.of(() -> {
                    ran.add("work");
                    return "answer";
                })
                .onSuccess(delivered::add)
                .runOn(queued::add, Runnable::run);

        task.cancel();
        queued.removeFirst().run();

        assertThat(ran).isEmpty();
        assertThat(delivered).isEmpty();
    }

    @Test
    void cancellableWorkSeesItsCancellationAndStoppingSoIsNoFailure() {
        List<Throwable> failures = new ArrayList<>();
        BackgroundTask<?>[] task = new BackgroundTask<?>[1];
        task[0] = BackgroundTask.cancellable(cancellation -> {
                    task[0].cancel(); // cancelled while it runs, as by the next keystroke
                    if (cancellation.isCancelled()) {
                        throw new CancellationException("replaced");
                    }
                    return "answer";
                })
                .onSuccess(answer -> delivered.add(String.valueOf(answer)))
                .onFailure(failures::add)
                .runOn(queued::add, Runnable::run);

        queued.removeFirst().run();

        assertThat(delivered).isEmpty();
        assertThat(failures).isEmpty();
    }

    @Test
    void aTaskNotCancelledDeliversItsAnswer() {
        BackgroundTask.cancellable(cancellation -> cancellation.isCancelled() ? "cancelled" : "answer")
                .onSuccess(delivered::add)
                .runOn(queued::add, Runnable::run);

        queued.removeFirst().run();

        assertThat(delivered).containsExactly("answer");
    }
}
