package org.collateralfinder.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.teamindex.TeamIndexPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishing a share's team index from the window: the command line's {@code publish} in a process of
 * its own — the very code a scheduled publication runs, with its own memory, so the window stays light
 * while a whole share is read. Stopping it ends the process, which a publisher is built to survive: the
 * manifest is written last, so a stopped publication never shows half an index.
 */
public final class TeamIndexPublishing {

    private static final Logger LOG = LoggerFactory.getLogger(TeamIndexPublishing.class);
    /** What the command line's progress lines start with when standard error is not a terminal. */
    private static final String PROGRESS = "indexing: ";

    /** How a publication ended: the command line's own sentence, and whether it succeeded. */
    public record Outcome(boolean succeeded, String sentence) {
    }

    private final List<String> java;
    private final Path dataRoot;

    /**
     * @param java     the command that starts this app's command line (a Java runtime, its class path, the main class)
     * @param dataRoot the window's data folder: each share's publishing index is kept under its {@code publish/}
     */
    TeamIndexPublishing(List<String> java, Path dataRoot) {
        this.java = List.copyOf(java);
        this.dataRoot = dataRoot;
    }

    /** The command line of the running app, with the window's data folder. */
    public static TeamIndexPublishing of(Path dataRoot) {
        return new TeamIndexPublishing(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), "org.collateralfinder.Main"), dataRoot);
    }

    /**
     * Indexes the share in a data folder of its own and publishes its index into
     * {@code SHARE/.collateral-index}; waits until it is done, refused or stopped.
     *
     * @param progress gets each progress line ("1,034 / 5,200 files, 12/s, 5 min left")
     * @param stop     cancelled to stop the publication
     */
    public Outcome publish(Path share, Consumer<String> progress, Cancellation stop) {
        Path folder = share.toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(java);
        command.addAll(List.of("publish", "--data-dir",
                TeamIndexPublisher.defaultDataFolder(dataRoot, folder).toString(), folder.toString()));
        Process process;
        try {
            process = new ProcessBuilder(command).start();
            process.getOutputStream().close(); // it reads nothing
        } catch (IOException e) {
            throw new CollateralException("Publishing could not start: " + CollateralException.why(e) + ".", e);
        }
        List<String> said = new ArrayList<>();
        Thread errors = Thread.ofVirtual().start(() -> readLines(process.getErrorStream(), line -> {
            if (line.startsWith(PROGRESS)) {
                progress.accept(line.substring(PROGRESS.length()));
            } else if (!line.isBlank()) {
                synchronized (said) {
                    said.add(line.strip());
                }
            }
        }));
        List<String> out = new ArrayList<>();
        Thread output = Thread.ofVirtual().start(() -> readLines(process.getInputStream(), out::add));
        boolean stopped = false;
        try {
            while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                if (stop.isCancelled() && !stopped) {
                    stopped = true;
                    process.destroy(); // as Ctrl+C: what was being indexed is dropped, nothing half-published
                }
            }
            errors.join();
            output.join();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Outcome(false, "Publishing was stopped.");
        }
        int exit = process.exitValue();
        LOG.info("publish {} ended with exit code {}", folder, exit);
        if (exit == 0 && !out.isEmpty()) {
            synchronized (said) { // what it said on the side (older generations it deleted at once, and why) follows
                return new Outcome(true, String.join(" ", Stream.concat(Stream.of(out.getLast().strip()), said.stream())
                        .toList()));
            }
        }
        if (stopped) {
            return new Outcome(false, "Publishing was stopped before the share was indexed; nothing was published.");
        }
        synchronized (said) {
            String sentence = said.stream().filter(l -> !l.startsWith("Try '")).reduce((a, b) -> b)
                    .orElse("Publishing ended without saying why (exit code " + exit + "); the log folder has the details.");
            return new Outcome(false, sentence);
        }
    }

    private static void readLines(InputStream in, Consumer<String> each) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                each.accept(line);
            }
        } catch (IOException e) {
            LOG.debug("publish output ended", e);
        }
    }
}
