package org.collateralfinder.app;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.collateralfinder.sources.ChangeWatcher;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link ChangeWatcher} on the current source folders: local folders are watched, shares are
 * checked on a schedule and when they come back, and a source that can no longer be reached is told. Re-created in the background whenever the sources
 * change (setting up a watch walks folders and checks shares, which may take a while).
 */
public final class SourceWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SourceWatch.class);

    private final SourceRegistry registry;
    private final boolean enabled;
    private final Duration quietPeriod;
    private final Duration shareRescan;
    private final Reachability reachability;
    private final Executor background;
    private volatile Consumer<String> listener = source -> { };
    private volatile Consumer<String> unreachable = source -> { };
    private ChangeWatcher watcher;
    private volatile int watching = -1;
    private boolean closed;

    public SourceWatch(SourceRegistry registry, boolean enabled, Duration quietPeriod, Duration shareRescan,
                       Reachability reachability, Executor background) {
        this.registry = registry;
        this.enabled = enabled;
        this.quietPeriod = quietPeriod;
        this.shareRescan = shareRescan;
        this.reachability = reachability;
        this.background = background;
    }

    /** Who hears that a source changed (on a watcher thread), with the source's path. */
    public void onChange(Consumer<String> value) {
        listener = value;
    }

    /**
     * Who hears that a source could no longer be reached (a folder renamed, removed or unmounted), on a
     * watcher thread, with the source's path. Its indexed files stay; when it is back, {@link #onChange}
     * hears it.
     */
    public void onUnreachable(Consumer<String> value) {
        unreachable = value;
    }

    /** Starts (or restarts) watching the registered sources, in the background. */
    public void rewatch() {
        if (!enabled) {
            return;
        }
        background.execute(() -> {
            try {
                var sources = registry.list();
                ChangeWatcher fresh = new ChangeWatcher(source -> listener.accept(source),
                        source -> unreachable.accept(source), quietPeriod, shareRescan, reachability);
                ChangeWatcher old;
                synchronized (this) {
                    if (closed) {
                        fresh.close();
                        return;
                    }
                    old = watcher;
                    watcher = fresh;
                }
                if (old != null) {
                    old.close();
                }
                fresh.watch(sources);
                watching = sources.size();
                LOG.info("Watching {} sources for changes", sources.size());
            } catch (RuntimeException e) {
                LOG.warn("Sources could not be watched for changes; they are indexed on request", e);
            }
        });
    }

    /** How many sources the last (re)start watches, once it is set up; -1 before. */
    public int watching() {
        return watching;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }
}
