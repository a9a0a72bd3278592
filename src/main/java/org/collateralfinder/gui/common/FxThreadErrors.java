package org.collateralfinder.gui.common;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to an exception nothing caught on the JavaFX thread (in a layout pass, an event handler):
 * each different one is logged once with its stack trace, and the window is told once; the same one
 * again (a layout pass fails on every frame) is only counted, and the count logged at 10, 100, 1000…
 * The exception is then handed to the JVM's default handler, if one is set (the tests set one to fail on it).
 *
 * <p>An error in JavaFX's own drawing code ({@link #breaksDrawing}: working out bounds, laying out text) is also
 * handed to {@code repair}, every time one happens (not only the first time: the window it left stuck must be
 * repaired whenever it happens again, and each window has its own handler): one such error leaves the record
 * JavaFX keeps of its nodes' bounds inconsistent, every later frame then fails in {@code Parent.updateCachedBounds},
 * and the window stops drawing and answering (window re-test 22, F1); see {@link DrawingRepair}.
 */
public final class FxThreadErrors implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FxThreadErrors.class);

    private final Map<String, AtomicLong> seen = new ConcurrentHashMap<>();
    private final Consumer<Throwable> firstTime;
    private final Runnable repair;

    /** @param firstTime told (on the FX thread) the first time each different exception happens */
    public FxThreadErrors(Consumer<Throwable> firstTime) {
        this(firstTime, () -> { });
    }

    /**
     * @param firstTime told (on the FX thread) the first time each different exception happens
     * @param repair    puts the window back into a state JavaFX can draw, after each error in its drawing code;
     *                  called while the error unwinds: it should only ask for it
     */
    public FxThreadErrors(Consumer<Throwable> firstTime, Runnable repair) {
        this.firstTime = firstTime;
        this.repair = repair;
    }

    /** Makes this the handler of the current thread, which must be the JavaFX thread. */
    public static FxThreadErrors installOnThisThread(Consumer<Throwable> firstTime, Runnable repair) {
        FxThreadErrors errors = new FxThreadErrors(firstTime, repair);
        Thread.currentThread().setUncaughtExceptionHandler(errors);
        return errors;
    }

    /**
     * Whether the error unwound through JavaFX working out bounds (which leaves its record of them inconsistent) or
     * laying out text (which throws again on the next frame): the window may be left unable to draw. Whoever asked
     * (a frame, a mouse move, a layout method of the app) does not matter; an error thrown by the app's own code
     * (a listener) that passed through neither does not break drawing.
     */
    public static boolean breaksDrawing(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            String type = frame.getClassName();
            String method = frame.getMethodName();
            if (type.startsWith("com.sun.javafx.text.")) {
                return true;
            }
            if (type.equals("javafx.scene.Parent") && (method.equals("recomputeBounds")
                    || method.equals("updateCachedBounds") || method.equals("createCachedBounds"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        long count = seen.computeIfAbsent(signature(error), s -> new AtomicLong()).incrementAndGet();
        if (breaksDrawing(error)) {
            try {
                repair.run();
            } catch (RuntimeException e) {
                LOG.warn("The window could not be repaired after the error", e);
            }
        }
        if (count == 1) {
            LOG.error("An error on the window's thread ({}); further identical ones are only counted", thread.getName(),
                    error);
            try {
                firstTime.accept(error);
            } catch (RuntimeException e) {
                LOG.warn("The window could not be told of the error", e);
            }
        } else if (isPowerOfTen(count)) {
            LOG.warn("The same error on the window's thread happened {} times: {}", count, error.toString());
        }
        Thread.UncaughtExceptionHandler next = Thread.getDefaultUncaughtExceptionHandler();
        if (next != null && next != this) {
            next.uncaughtException(thread, error);
        }
    }

    /** How many times an error with this one's type and place has happened. */
    public long count(Throwable error) {
        AtomicLong n = seen.get(signature(error));
        return n == null ? 0 : n.get();
    }

    private static boolean isPowerOfTen(long n) {
        while (n >= 10 && n % 10 == 0) {
            n /= 10;
        }
        return n == 1;
    }

    /** The exception's type and the first frames where it was thrown (its message may vary). */
    static String signature(Throwable error) {
        return error.getClass().getName() + Arrays.stream(error.getStackTrace()).limit(6)
                .map(StackTraceElement::toString).collect(Collectors.joining("|", "@", ""));
    }
}
