package org.collateralfinder.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up measurement for packaging. With {@code -Dcollateralfinder.startup.probe=log} the log file
 * says how long after the process started the search box was laid out and focused (and how much CPU
 * time the process had used by then, a figure that a busy machine distorts less); with {@code exit}
 * the app also closes a moment later (the class-data training run and start-time measurements use
 * that). Without the property it does nothing.
 */
final class StartupProbe {

    static final String PROPERTY = "collateralfinder.startup.probe";
    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);
    private static final Duration LINGER = Duration.ofSeconds(2);

    private StartupProbe() {
    }

    /**
     * Milliseconds since this process started. On Linux from {@code /proc} (the start in clock ticks
     * since boot against the uptime, 10 ms steps): {@code ProcessHandle}'s start instant there adds the
     * boot time, which the kernel gives in whole seconds, so it can be up to a second late (0.6 s on the
     * machine these figures were first taken on). Elsewhere {@code ProcessHandle}.
     */
    static long sinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]); // field 22, starttime, in ticks of 1/100 s
            String uptime = Files.readString(Path.of("/proc/uptime"));
            double uptimeSeconds = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
            return Math.round(uptimeSeconds * 1000 - startTicks * 10.0);
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
        }
    }

    private static void countNodes(Node node, Map<String, Integer> kinds) {
        kinds.merge(node.getClass().getSimpleName(), 1, Integer::sum);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                countNodes(child, kinds);
            }
        }
    }

    /** Logs how far into the process a start-up step was reached (only with the probe on). */
    static void mark(String step) {
        if (System.getProperty(PROPERTY) == null) {
            return;
        }
        long ms = sinceProcessStart();
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        LOG.info("{} at {} ms ({} ms of CPU)", step, ms, cpu);
    }

    /**
     * Logs when the search restored from the last session has answered (the first time {@code searching}
     * falls back to false), with how many results it shows.
     */
    static void firstSearch(ObservableBooleanValue searching, List<?> results) {
        if (System.getProperty(PROPERTY) == null) {
            return;
        }
        searching.addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> value, Boolean was, Boolean now) {
                if (was && !now) {
                    value.removeListener(this);
                    // the flag falls before the rows are replaced: count them once this pulse's work is done
                    Platform.runLater(() -> mark("First search answered with " + results.size() + " results"));
                }
            }
        });
    }

    /** Call once the window is shown and the search box focused; measures at the next layout pass. */
    static void searchBoxShown(Scene scene) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long ms = sinceProcessStart();
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            LOG.info("Search box usable {} ms after the process started ({} ms of CPU)", ms, cpu);
            if (LOG.isDebugEnabled() || Boolean.getBoolean(PROPERTY + ".nodes")) {
                Map<String, Integer> kinds = new TreeMap<>();
                countNodes(scene.getRoot(), kinds);
                LOG.info("Nodes in the window: {} {}", kinds.values().stream().mapToInt(Integer::intValue).sum(), kinds);
            }
            if ("exit".equals(mode)) {
                // long enough for the first search and the suggestions to load, then close as a rep would
                PauseTransition linger = new PauseTransition(javafx.util.Duration.millis(LINGER.toMillis()));
                linger.setOnFinished(e -> Platform.exit());
                linger.play();
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
