package org.collateralfinder.cli;

import java.io.PrintStream;
import java.time.Duration;
import org.collateralfinder.model.Plural;
import org.collateralfinder.task.Progress;
import org.collateralfinder.task.ProgressListener;

/**
 * Shows indexing progress on standard error: a redrawn bar when it is a terminal, otherwise a line
 * every few seconds (so logs of scripted runs stay short).
 */
final class ProgressPrinter implements ProgressListener {

    private static final int BAR = 30;
    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private long lastLine;
    private boolean drewBar;

    ProgressPrinter(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void onProgress(Progress p) {
        String counts = String.format("%,d / %s, %.0f/s, %s left", p.done(), Plural.of(p.total(), "file", "files"),
                p.perSecond(), left(p.timeLeft()));
        if (terminal) {
            int filled = (int) Math.round(p.fraction() * BAR);
            String name = shorten(p.current(), 40);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + counts + "  " + name + "\u001b[K");
            drewBar = true;
            if (p.done() >= p.total()) {
                err.println();
                drewBar = false;
            }
        } else {
            long now = System.nanoTime();
            if (now - lastLine >= LINE_INTERVAL_NANOS || p.done() >= p.total()) {
                lastLine = now;
                err.println("indexing: " + counts + (p.current().isEmpty() ? "" : " (" + p.current() + ")"));
            }
        }
        err.flush();
    }

    synchronized void end() {
        if (drewBar) {
            err.println();
            drewBar = false;
        }
    }

    private static String left(Duration d) {
        if (d == null) {
            return "?";
        }
        long s = d.toSeconds();
        return s >= 3600 ? s / 3600 + " h " + (s % 3600) / 60 + " min" : s >= 60 ? s / 60 + " min " + s % 60 + " s" : s + " s";
    }

    private static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : "…" + s.substring(s.length() - max + 1);
    }
}
