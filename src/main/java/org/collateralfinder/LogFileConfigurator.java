package org.collateralfinder;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import java.util.function.Supplier;

/**
 * The log file, set up in code rather than from an XML file: reading logback's XML configuration
 * cost a few hundred milliseconds of every start. The log goes to {@code <collateralfinder.logdir>/
 * <collateralfinder.logname>.log} (the data folder's {@code logs}: every entry point sets it before the
 * first logger; the temp folder only when it is unset), opened at the first event, rotated at about 10 MB (its size is looked at every 10 s) into {@code .1}–{@code .3}.
 * Library logs only when they matter: Apache's errors, Flyway's and H2's warnings (H2 would otherwise
 * trace every statement with its parameters, feedback comments among them). When a {@code logback-test.xml} is on the class path (the tests) or a configuration file is
 * named with {@code -Dlogback.configurationFile}, that file is used instead.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogFileConfigurator extends ContextAwareBase implements Configurator {

    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** How often the file's size is looked at (so a file may pass 10 MB by what is logged in that time). */
    private static final ch.qos.logback.core.util.Duration SIZE_CHECK_EVERY = ch.qos.logback.core.util.Duration.buildBySeconds(10);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogFileConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        install(context, System.getProperty("collateralfinder.logdir", System.getProperty("java.io.tmpdir")),
                System.getProperty("collateralfinder.logname", "collateral-finder"), SIZE_CHECK_EVERY);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Sends {@code context}'s logs to {@code <dir>/<name>.log}, rotated, with the levels above. Only the levels are set
     * now; the layout, the file and its rotation are made at the first event ({@link OpenedOnFirstEvent}): parsing the
     * pattern and loading the time zones took a tenth of a second of every command, and most runs log nothing.
     */
    static void install(LoggerContext context, String dir, String name, ch.qos.logback.core.util.Duration sizeCheckEvery) {
        OpenedOnFirstEvent lazy = new OpenedOnFirstEvent(() -> rollingFile(context, dir, name, sizeCheckEvery));
        lazy.setContext(context);
        lazy.setName("FILE");
        lazy.start();
        // logback prints its own errors (a log file another user owns, a read-only folder) to standard output
        // unless a listener takes them: they must never mix with a command's JSON
        context.getStatusManager().add(new NopStatusListener());

        context.getLogger("org.apache").setLevel(Level.ERROR);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("com.zaxxer").setLevel(Level.WARN);
        // H2 traces every statement at INFO, with its parameters (feedback comments among them)
        context.getLogger("h2database").setLevel(Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(lazy);
    }

    /** The log file with its layout and rotation, not yet opened. */
    private static RollingFileAppender<ILoggingEvent> rollingFile(LoggerContext context, String dir, String name,
                                                                  ch.qos.logback.core.util.Duration sizeCheckEvery) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/" + name + ".log");
        file.setEncoder(encoder);
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/" + name + ".%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(new FileSize(MAX_FILE_BYTES));
        trigger.setCheckIncrement(sizeCheckEvery);
        trigger.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        return file;
    }

    /**
     * The file appender, started at the first event: a command that logs nothing creates no log file (and
     * no logs folder), so reading a data folder writes nothing to it.
     */
    static final class OpenedOnFirstEvent extends AppenderBase<ILoggingEvent> {
        private final Supplier<RollingFileAppender<ILoggingEvent>> made;
        private RollingFileAppender<ILoggingEvent> file;

        OpenedOnFirstEvent(Supplier<RollingFileAppender<ILoggingEvent>> made) {
            this.made = made;
        }

        @Override
        protected void append(ILoggingEvent event) { // AppenderBase calls this under its lock
            if (file == null) {
                file = made.get(); // once: a file that cannot be opened is not tried at every event
                file.start();
            }
            if (file.isStarted()) {
                file.doAppend(event);
            }
        }

        @Override
        public synchronized void stop() {
            if (file != null) {
                file.stop();
            }
            super.stop();
        }
    }
}
