package org.collateralfinder.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.layout.Pane;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test when an exception nothing caught reached the JavaFX thread (a layout pass or an event
 * handler that throws): JavaFX only prints such an exception and carries on, so a window test would
 * pass with a broken window. Registered for every test class (junit-platform.properties), it records
 * them as the JVM's default uncaught-exception handler, which is where they end up (the app's own
 * handler, {@code FxThreadErrors}, hands them on to it); each test fails with the ones seen since the
 * last test ended, the first one as the cause.
 */
public final class NoFxThreadErrors implements BeforeEachCallback, AfterEachCallback {

    /** The name JavaFX gives its thread. */
    public static final String FX_THREAD = "JavaFX Application Thread";
    private static final List<Throwable> SEEN = new CopyOnWriteArrayList<>();

    private static final class Recorder implements Thread.UncaughtExceptionHandler {
        private final Thread.UncaughtExceptionHandler previous;

        Recorder(Thread.UncaughtExceptionHandler previous) {
            this.previous = previous;
        }

        @Override
        public void uncaughtException(Thread thread, Throwable error) {
            if (FX_THREAD.equals(thread.getName())) {
                SEEN.add(error);
            }
            if (previous != null) {
                previous.uncaughtException(thread, error);
            } else {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                error.printStackTrace(System.err);
            }
        }
    }

    /** Records the FX thread's uncaught exceptions from now on (once per JVM). */
    public static synchronized void install() {
        // TestFX sets its own default handler when its WaitForAsyncUtils is first used, replacing this one: the first
        // window test of a run then let every error on the FX thread pass (window re-test 22, F1). Set up first, it is
        // the handler this one hands on to.
        try {
            Class.forName("org.testfx.util.WaitForAsyncUtils", true, NoFxThreadErrors.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            // no TestFX in this run: nothing replaces the handler
        }
        Thread.UncaughtExceptionHandler current = Thread.getDefaultUncaughtExceptionHandler();
        if (!(current instanceof Recorder)) {
            Thread.setDefaultUncaughtExceptionHandler(new Recorder(current));
        }
    }

    /** The exceptions seen on the FX thread since the last call, and forgets them. */
    public static List<Throwable> drain() {
        List<Throwable> seen = new ArrayList<>(SEEN);
        SEEN.removeAll(seen);
        return seen;
    }

    /**
     * Empties every window of the JavaFX thread: a test whose window threw must not leave it to the next
     * test (the tests share TestFX's stage, and a window that cannot draw fails every frame until it is replaced).
     */
    private static void emptyTheWindows() {
        CountDownLatch done = new CountDownLatch(1);
        try {
            Platform.runLater(() -> {
                try {
                    for (Window window : List.copyOf(Window.getWindows())) {
                        if (window.getScene() != null) {
                            window.getScene().setRoot(new Pane()); // the window keeps its size for the next test
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            done.await(10, TimeUnit.SECONDS);
        } catch (IllegalStateException e) {
            // JavaFX was never started in this run: no window
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        install();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<Throwable> seen = drain();
        if (!seen.isEmpty()) {
            emptyTheWindows();
            drain(); // what the broken window threw until it was emptied belongs to this test, already failing
            AssertionError failure = new AssertionError(seen.size() + " exception(s) reached the JavaFX thread "
                    + "uncaught during or before " + context.getDisplayName() + "; the first: " + seen.getFirst(),
                    seen.getFirst());
            seen.stream().skip(1).limit(5).forEach(failure::addSuppressed);
            throw failure;
        }
    }
}
