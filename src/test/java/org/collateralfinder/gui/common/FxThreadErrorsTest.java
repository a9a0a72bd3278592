package org.collateralfinder.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FxThreadErrorsTest {

    private static RuntimeException failingAt(int line) {
        RuntimeException e = new ArrayIndexOutOfBoundsException("Index -" + line + " out of bounds for length 178");
        e.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("com.sun.javafx.text.PrismTextLayout", "computeTrailingSpaceWidth", "PrismTextLayout.java", 980),
                new StackTraceElement("com.sun.javafx.text.PrismTextLayout", "layout", "PrismTextLayout.java", 1370)});
        return e;
    }

    @Test
    void theSameErrorOnEveryLayoutPassIsToldOnceAndCounted() {
        List<Throwable> told = new ArrayList<>();
        FxThreadErrors errors = new FxThreadErrors(told::add);
        Thread fx = new Thread(() -> { }, "JavaFX Application Thread");
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(null); // only this handler's own effects are looked at here
        try {
            for (int pass = 1; pass <= 90; pass++) {
                errors.uncaughtException(fx, failingAt(pass)); // the message differs, the place does not
            }
            errors.uncaughtException(fx, new IllegalStateException("another"));
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }

        assertThat(told).hasSize(2);
        assertThat(told.getFirst()).hasMessage("Index -1 out of bounds for length 178");
        assertThat(errors.count(failingAt(7))).isEqualTo(90);
    }

    @Test
    void everyErrorInJavaFxsDrawingAsksForARepairWhoeverAskedForTheBoundsAndOneInTheAppsOwnCodeDoesNot() {
        List<Throwable> told = new ArrayList<>();
        int[] repaired = {0};
        FxThreadErrors errors = new FxThreadErrors(told::add, () -> repaired[0]++);
        Thread fx = new Thread(() -> { }, "JavaFX Application Thread");
        RuntimeException listener = new IllegalStateException("a listener of the app");
        listener.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.collateralfinder.gui.search.ResultCell", "updateItem", "ResultCell.java", 12),
                new StackTraceElement("javafx.scene.Parent", "layout", "Parent.java", 1208)});
        // the record of bounds left wrong: later frames fail here, under a layout method of the app as well
        RuntimeException bounds = new IndexOutOfBoundsException("Index -1 out of bounds for length 2");
        bounds.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("java.util.ArrayList", "get", "ArrayList.java", 428),
                new StackTraceElement("javafx.scene.Parent", "updateCachedBounds", "Parent.java", 1780),
                new StackTraceElement("javafx.scene.Parent", "recomputeBounds", "Parent.java", 1724),
                new StackTraceElement("org.collateralfinder.gui.common.WrappingText", "computeMinWidth",
                        "WrappingText.java", 150)});
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(null);
        try {
            for (int frame = 1; frame <= 5; frame++) {
                errors.uncaughtException(fx, failingAt(frame)); // every frame fails the same way
            }
            errors.uncaughtException(fx, bounds);
            errors.uncaughtException(fx, listener);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }

        assertThat(repaired[0]).isEqualTo(6);
        assertThat(told).hasSize(3);
        assertThat(FxThreadErrors.breaksDrawing(failingAt(1))).isTrue();
        assertThat(FxThreadErrors.breaksDrawing(bounds)).isTrue();
        assertThat(FxThreadErrors.breaksDrawing(listener)).isFalse();
    }
}
