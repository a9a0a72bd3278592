package org.collateralfinder.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * A piece of work run on a background executor whose result comes back through {@code onSuccess}
 * or {@code onFailure}, called on the "UI" executor (the JavaFX thread in the app, the calling
 * thread in tests). The GUI never waits and never calls {@code Platform.runLater} itself.
 *
 * @param <T> the result type
 */
public final class BackgroundTask<T> {

    /** Work that looks at its task's cancellation as it goes, and stops when it is cancelled. */
    @FunctionalInterface
    public interface CancellableWork<T> {
        T call(Cancellation cancellation) throws Exception;
    }

    private final CancellableWork<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private final Cancellation cancellation = new Cancellation();

    private BackgroundTask(CancellableWork<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
        Objects.requireNonNull(work);
        return new BackgroundTask<>(cancellation -> work.call());
    }

    /**
     * Work handed the task's cancellation, to stop early when the task is cancelled (by throwing, for instance
     * {@link java.util.concurrent.CancellationException}: a cancelled task's failure is dropped as its result is).
     */
    public static <T> BackgroundTask<T> cancellable(CancellableWork<T> work) {
        return new BackgroundTask<>(Objects.requireNonNull(work));
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    /** Marks the task cancelled: not started if it has not started yet, and its result, if it still arrives, dropped. */
    public void cancel() {
        cancellation.cancel();
    }

    /**
     * Runs the work on {@code background}; delivers the outcome on {@code ui} unless cancelled. Work handed
     * to an executor that is shutting down (the app is closing) is dropped, as if cancelled.
     */
    public BackgroundTask<T> runOn(Executor background, Executor ui) {
        try {
            submit(background, ui);
        } catch (RejectedExecutionException closing) {
            cancellation.cancel();
        }
        return this;
    }

    private void submit(Executor background, Executor ui) {
        background.execute(() -> {
            try {
                if (cancellation.isCancelled()) {
                    return; // cancelled before it started: not even begun
                }
                T result = work.call(cancellation);
                if (!cancellation.isCancelled()) {
                    ui.execute(() -> onSuccess.accept(result));
                }
            } catch (Throwable error) {
                if (!cancellation.isCancelled()) {
                    ui.execute(() -> onFailure.accept(error));
                }
            }
        });
    }
}
