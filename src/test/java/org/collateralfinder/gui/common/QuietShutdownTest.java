package org.collateralfinder.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.PrintStream;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Curation re-test 21, finding 9: ending the window with SIGTERM printed JavaFX's refused-frame stack trace on the
 * console. Once the JVM shuts down, standard error goes to the log at debug, line by line.
 */
class QuietShutdownTest {

    @Test
    void whatIsPrintedToStandardErrorAtShutdownIsLoggedAtDebugInstead() throws Exception {
        Logger log = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("quiet-shutdown-test");
        log.setLevel(Level.DEBUG);
        ListAppender<ILoggingEvent> heard = new ListAppender<>();
        heard.start();
        log.addAppender(heard);
        PrintStream before = System.err;
        try {
            Thread hook = QuietShutdown.hook();
            hook.run();
            assertThat(System.err).isNotSameAs(before);

            PrintStream quiet = QuietShutdown.toDebugLog(log);
            RejectedExecutionException refused = new RejectedExecutionException("Task PaintRenderJob rejected from "
                    + "QuantumRenderer[Shutting down]");
            refused.setStackTrace(new StackTraceElement[] {new StackTraceElement("com.sun.javafx.tk.quantum.ViewScene",
                    "repaint", "ViewScene.java", 1)});
            refused.printStackTrace(quiet);

            assertThat(heard.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                    "Standard error while shutting down: java.util.concurrent.RejectedExecutionException: Task "
                            + "PaintRenderJob rejected from QuantumRenderer[Shutting down]",
                    "Standard error while shutting down: \tat com.sun.javafx.tk.quantum.ViewScene.repaint(ViewScene.java:1)");
            assertThat(heard.list).extracting(ILoggingEvent::getLevel).containsOnly(Level.DEBUG);
        } finally {
            System.setErr(before);
            log.detachAppender(heard);
        }
    }
}
