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

    static <T> T onFx(Supplier<T> value) {
        try {
            return WaitForAsyncUtils.asyncFx(value::get).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
