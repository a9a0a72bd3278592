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
 * <p>An error in JavaFX's own drawing code ({@link #breaksDrawing}: working out a node's bounds, laying
 * out, laying out text) is also handed to {@code redraw}, the first time each different one happens: one such
 * error leaves the bounds JavaFX keeps of the nodes around it half updated, every later frame then fails in
 * {@code Parent.updateCachedBounds}, and the window stops drawing and answering (window re-test 22, F1). Only
 * nodes built again clear that up.
 */
public final class FxThreadErrors implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FxThreadErrors.class);

    private final Map<String, AtomicLong> seen = new ConcurrentHashMap<>();
    private final Consumer<Throwable> firstTime;
    private final Runnable redraw;

    /** @param firstTime told (on the FX thread) the first time each different exception happens */
    public FxThreadErrors(Consumer<Throwable> firstTime) {
        this(firstTime, () -> { });
    }

    /**
     * @param firstTime told (on the FX thread) the first time each different exception happens
     * @param redraw    builds again what holds the nodes JavaFX failed to draw, the first time each different
     *                  error in its drawing code happens; called while the error unwinds: it should only ask for it
     */
    public FxThreadErrors(Consumer<Throwable> firstTime, Runnable redraw) {
        this.firstTime = firstTime;
        this.redraw = redraw;
    }

    /** Makes this the handler of the current thread, which must be the JavaFX thread. */
    public static FxThreadErrors installOnThisThread(Consumer<Throwable> firstTime, Runnable redraw) {
        FxThreadErrors errors = new FxThreadErrors(firstTime, redraw);
        Thread.currentThread().setUncaughtExceptionHandler(errors);
        return errors;
    }

    /**
     * Whether the error was thrown by JavaFX while it worked out bounds, laid out nodes or text (not by an event
     * handler or a listener of the app): the nodes it was at may be left unable to draw.
     */
    public static boolean breaksDrawing(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            String type = frame.getClassName();
            String method = frame.getMethodName();
            if (type.startsWith("org.collateralfinder.")) {
                return false; // the app's own code threw, or JavaFX called it (a listener): not JavaFX's drawing
            }
            if (type.startsWith("com.sun.javafx.text.") || (type.startsWith("javafx.scene.")
                    && (method.contains("Bounds") || method.equals("layout") || method.equals("layoutChildren")))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        long count = seen.computeIfAbsent(signature(error), s -> new AtomicLong()).incrementAndGet();
        if (count == 1) {
            LOG.error("An error on the window's thread ({}); further identical ones are only counted", thread.getName(),
                    error);
            try {
                if (breaksDrawing(error)) {
                    redraw.run();
                }
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
