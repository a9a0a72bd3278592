package org.collateralfinder.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.collateralfinder.gui.search.SearchViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keystroke-to-painted-results measurement in the real window, the start-up probe's approach applied to
 * typing. With {@code -Dcollateralfinder.typing.probe=KEYS} (a file of keystrokes, every prefix of each
 * query one a line, as {@code src/test/resources/bench/keystrokes-100k.txt}) the window waits until its
 * start-up work has settled (its process has used less than a tenth of a core for three seconds), then types
 * each query into the search box key by key: key pressed, typed and released events fired at the box as
 * the keyboard would, the whole box selected before a query's first key so that key replaces the last
 * query. For each key it measures, on the FX thread: from just before the key's events to the moment the
 * list holds that text's answer, and to the end of the first layout pulse after it (a post-layout pulse
 * listener, as {@link StartupProbe} measures the search box), which is when the new rows are laid out and
 * handed to the renderer. The next key follows {@code .gap} ms (default 100) after that pulse. Rounds:
 * {@code .rounds} (default 2). The figures go to the log and, with {@code .out=FILE}, to a file (one line a
 * key and the percentiles; each key's line also has the CPU time the window's thread and the search thread used until
 * its pulse); the window then closes. Without the property it does nothing.
 */
final class TypingProbe {

    static final String PROPERTY = "collateralfinder.typing.probe";
    private static final Logger LOG = LoggerFactory.getLogger(TypingProbe.class);
    private static final Duration SETTLE_CHECK = Duration.ofSeconds(1);
    private static final Duration SETTLE_WINDOW = Duration.ofSeconds(3);
    private static final Duration SETTLE_MIN = Duration.ofSeconds(8);
    private static final Duration SETTLE_MAX = Duration.ofMinutes(4);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    /**
     * One key: its text after the key, the times from just before its events, in ns; -1 when it timed out; and the CPU
     * time the window's thread and the search thread used from just before its events to that pulse (moving far less
     * with the machine's load than the times).
     */
    private record Measured(int round, String text, long toAnswer, long toPulse, int rows, long fxCpu, long searchCpu) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Scene scene;
    private final SearchViewModel search;
    private final Runnable focusSearch;
    private final List<String> keys;
    private final int rounds;
    private final long gapMs;
    private final Path out;
    private final List<Measured> measured = new ArrayList<>();
    private final List<Long> cpuSamples = new ArrayList<>();
    private final long settleStarted = System.nanoTime();
    private TextInputControl box;
    private int round = 1;
    private int next;
    private long keyAt;
    private long fxCpuAt;
    private long searchCpuAt;
    private long answerAt;
    private boolean waiting;
    /** The number of the key being measured: a pulse listener left from an earlier key does not end this one's. */
    private int sequence;
    private PauseTransition timeout;

    private TypingProbe(Scene scene, SearchViewModel search, Runnable focusSearch, List<String> keys, int rounds,
                        long gapMs, Path out) {
        this.scene = scene;
        this.search = search;
        this.focusSearch = focusSearch;
        this.keys = keys;
        this.rounds = rounds;
        this.gapMs = gapMs;
        this.out = out;
    }

    /** Starts the probe when its property is set (call once the window is shown and the search box focused). */
    static void startIfAsked(Scene scene, SearchViewModel search, Runnable focusSearch) {
        String file = System.getProperty(PROPERTY);
        if (file == null) {
            return;
        }
        List<String> keys;
        try {
            keys = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().filter(k -> !k.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String outFile = System.getProperty(PROPERTY + ".out");
        TypingProbe probe = new TypingProbe(scene, search, focusSearch, keys, Integer.getInteger(PROPERTY + ".rounds", 2),
                Long.getLong(PROPERTY + ".gap", 100), outFile == null ? null : Path.of(outFile));
        search.answeredProperty().addListener((ChangeListener<Number>) (obs, was, now) -> probe.answered());
        LOG.info("Typing probe: {} keys, {} rounds; waiting for the window's start-up work to settle", keys.size(),
                probe.rounds);
        probe.after(SETTLE_CHECK, probe::settle);
    }

    /** Waits until the process has used less than a tenth of a core over the last few seconds. */
    private void settle() {
        cpuSamples.add(ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L));
        long waited = System.nanoTime() - settleStarted;
        int window = (int) (SETTLE_WINDOW.toMillis() / SETTLE_CHECK.toMillis());
        boolean quiet = cpuSamples.size() > window
                && cpuSamples.getLast() - cpuSamples.get(cpuSamples.size() - 1 - window) < SETTLE_WINDOW.toNanos() / 10;
        if ((quiet && waited >= SETTLE_MIN.toNanos()) || waited >= SETTLE_MAX.toNanos()) {
            LOG.info("Typing probe: typing after {} s{}", waited / 1_000_000_000, quiet ? "" : " (the window never settled)");
            focusSearch.run();
            if (!(scene.getFocusOwner() instanceof TextInputControl focused)) {
                LOG.error("Typing probe: the search box has no focus ({}); stopping", scene.getFocusOwner());
                Platform.exit();
                return;
            }
            box = focused;
            typeNext();
        } else {
            after(SETTLE_CHECK, this::settle);
        }
    }

    private void typeNext() {
        if (next == keys.size()) {
            if (round == rounds) {
                finish();
                return;
            }
            round++;
            next = 0;
        }
        String key = keys.get(next);
        String before = next == 0 ? "" : keys.get(next - 1);
        boolean newQuery = before.isEmpty() || key.length() <= before.length() || !key.startsWith(before);
        String typed;
        if (newQuery) {
            box.selectAll(); // the key replaces the last query, as a rep typing over it
            typed = key.substring(0, 1);
        } else {
            typed = key.substring(before.length()); // one character, or a space and one (the file leaves out "word ")
        }
        waiting = true;
        sequence++;
        answerAt = 0;
        fxCpuAt = THREADS.getCurrentThreadCpuTime();
        searchCpuAt = searchThreadCpu();
        keyAt = System.nanoTime();
        for (char c : typed.toCharArray()) {
            type(c);
        }
        if (!box.getText().equals(key)) {
            LOG.warn("Typing probe: the box holds \"{}\" after typing \"{}\"", box.getText(), key);
        }
        timeout = after(ANSWER_TIMEOUT, () -> {
            if (waiting) {
                waiting = false;
                measured.add(new Measured(round, key, -1, -1, search.results().size(), -1, -1));
                LOG.warn("Typing probe: no answer to \"{}\" within {} s", key, ANSWER_TIMEOUT.toSeconds());
                afterGap();
            }
        });
    }

    private void type(char c) {
        String s = String.valueOf(c);
        KeyCode code = c == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(s.toUpperCase(Locale.ROOT));
        if (code == null) {
            code = KeyCode.UNDEFINED;
        }
        Event.fireEvent(box, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, s, code, false, false, false, false));
        Event.fireEvent(box, new KeyEvent(KeyEvent.KEY_TYPED, s, "", KeyCode.UNDEFINED, false, false, false, false));
        Event.fireEvent(box, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, s, code, false, false, false, false));
    }

    /** An answer is shown: when it answers the box's text, the next layout pulse ends the measurement. */
    private void answered() {
        if (!waiting || answerAt != 0 || box == null) {
            return;
        }
        var shown = search.shownRequestProperty().get();
        if (shown == null || !shown.query().equals(box.getText())) {
            // an answer to an earlier text (should not be shown: the view model drops stale answers)
            LOG.info("Typing probe: an answer to \"{}\" while the box holds \"{}\"", shown == null ? null : shown.query(),
                    box.getText());
            return;
        }
        answerAt = System.nanoTime();
        String key = box.getText();
        int mine = sequence;
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long pulseAt = System.nanoTime();
            if (!waiting || mine != sequence) {
                return;
            }
            waiting = false;
            timeout.stop();
            Measured m = new Measured(round, key, answerAt - keyAt, pulseAt - keyAt, search.results().size(),
                    THREADS.getCurrentThreadCpuTime() - fxCpuAt, searchThreadCpu() - searchCpuAt);
            measured.add(m);
            LOG.info("Typing probe: round {} \"{}\" answer shown {} ms, painted {} ms, {} rows; CPU: window's thread {} ms,"
                    + " search thread {} ms", round, key, ms(m.toAnswer()), ms(m.toPulse()), m.rows(), ms(m.fxCpu()),
                    ms(m.searchCpu()));
            afterGap();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void afterGap() {
        next++;
        after(Duration.ofMillis(gapMs), this::typeNext);
    }

    private PauseTransition after(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> {
            try {
                action.run();
            } catch (RuntimeException error) {
                LOG.error("Typing probe: stopped by an error", error);
                Platform.exit();
            }
        });
        pause.play();
        return pause;
    }

    private void finish() {
        List<String> lines = new ArrayList<>();
        lines.add("# round\tkey\tkey_to_answer_ms\tkey_to_painted_ms\trows\tfx_thread_cpu_ms\tsearch_thread_cpu_ms");
        for (Measured m : measured) {
            lines.add(m.round() + "\t" + m.text() + "\t" + ms(m.toAnswer()) + "\t" + ms(m.toPulse()) + "\t" + m.rows()
                    + "\t" + ms(m.fxCpu()) + "\t" + ms(m.searchCpu()));
        }
        for (int r = 1; r <= rounds; r++) {
            int current = r;
            List<Measured> of = measured.stream().filter(m -> m.round() == current).toList();
            lines.add(summary("round " + r, of));
        }
        lines.add(summary("all rounds", measured));
        for (String line : lines) {
            if (line.startsWith("#")) {
                LOG.info("Typing probe: {}", line);
            }
        }
        if (out != null) {
            try {
                Files.write(out, lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                LOG.error("Typing probe: the figures could not be written to {}", out, e);
            }
        }
        Platform.exit();
    }

    /** The CPU time the search thread has used (the app's one thread named "search"), in ns; 0 before it exists. */
    private static long searchThreadCpu() {
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().equals("search")) {
                return Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
            }
        }
        return 0;
    }

    private static String summary(String label, List<Measured> of) {
        List<Long> painted = of.stream().filter(m -> m.toPulse() >= 0).map(Measured::toPulse).sorted().toList();
        List<Long> answered = of.stream().filter(m -> m.toAnswer() >= 0).map(Measured::toAnswer).sorted().toList();
        return String.format(Locale.ROOT, "# %s: %d keys (%d without an answer); key to painted p50 %s, p90 %s, p99 %s, "
                        + "max %s ms; key to answer shown p50 %s, p90 %s, p99 %s, max %s ms", label, of.size(),
                of.size() - painted.size(), ms(rank(painted, 50)), ms(rank(painted, 90)), ms(rank(painted, 99)),
                ms(rank(painted, 100)), ms(rank(answered, 50)), ms(rank(answered, 90)), ms(rank(answered, 99)),
                ms(rank(answered, 100)));
    }

    /** Nearest-rank percentile of sorted values (as the benchmark harness takes them); -1 when there are none. */
    static long rank(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int i = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static String ms(long nanos) {
        return nanos < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
