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

    private final Callable<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private final Cancellation cancellation = new Cancellation();

    private BackgroundTask(Callable<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
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

    /** Marks the task cancelled: its result, if it still arrives, is dropped. */
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
                T result = work.call();
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
