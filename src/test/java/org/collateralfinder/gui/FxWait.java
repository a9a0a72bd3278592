package org.collateralfinder.gui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for a condition evaluated on the FX thread. */
final class FxWait {

    private FxWait() {
    }

    static void until(String what, Supplier<Boolean> condition) {
        until(what, 20, condition);
    }

    static void until(String what, int seconds, Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::get).get());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }

    /**
     * As {@link #until(String, Supplier)}, and when it times out the message says what there was instead
     * ({@code instead} is asked on the test's thread: it may use {@link #onFx} itself).
     */
    static void until(String what, Supplier<Boolean> condition, Supplier<String> instead) {
        until(what, 20, condition, instead);
    }

    /** As {@link #until(String, Supplier, Supplier)}, waiting at most {@code seconds}. */
    static void until(String what, int seconds, Supplier<Boolean> condition, Supplier<String> instead) {
        try {
            until(what, seconds, condition);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; instead: " + instead.get(), e);
        }
    }

    static <T> T onFx(Supplier<T> value) {
        try {
            return WaitForAsyncUtils.asyncFx(value::get).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
