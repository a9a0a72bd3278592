package org.collateralfinder.gui.common;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Standard error once the JVM is shutting down (a SIGTERM, a logout) goes to the log at debug. JavaFX's renderer stops
 * in JavaFX's own shutdown hook while the window may still ask for a frame; JavaFX then prints the refused frame's
 * stack trace itself ({@code RejectedExecutionException … QuantumRenderer … Shutting down}, caught and printed inside
 * its paint loop, where no handler of ours sees it). A window being ended has nothing left to say on the console
 * (curation re-test 21, finding 9); what was saved before stays saved, and the lines are still in the log for whoever
 * turns debug on.
 */
public final class QuietShutdown {

    private static final Logger LOG = LoggerFactory.getLogger(QuietShutdown.class);

    private QuietShutdown() {
    }

    /** Sends standard error to the log from the moment the JVM begins to shut down. */
    public static void install() {
        Runtime.getRuntime().addShutdownHook(hook());
    }

    /** The shutdown hook: it only swaps standard error, so it is done before JavaFX's renderer has stopped. */
    static Thread hook() {
        return new Thread(() -> System.setErr(toDebugLog(LOG)), "Quiet standard error at shutdown");
    }

    /** A stream that logs each line written to it at debug. */
    static PrintStream toDebugLog(Logger log) {
        return new PrintStream(new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                if (b == '\n') {
                    flushLine();
                } else if (b != '\r') {
                    line.write(b);
                }
            }

            @Override
            public synchronized void flush() {
                flushLine();
            }

            private void flushLine() {
                if (line.size() > 0) {
                    log.debug("Standard error while shutting down: {}", line.toString(StandardCharsets.UTF_8));
                    line.reset();
                }
            }
        }, true, StandardCharsets.UTF_8);
    }
}
