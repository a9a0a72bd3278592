package org.collateralfinder.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileStore;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices when a source needs indexing again. Local folders are watched (the operating system tells
 * about changes; they are reported after a quiet period, so a copy of 200 files is one report).
 * Shares, where watching is unreliable, are checked on a schedule: reported when they become
 * reachable again, and every rescan interval while reachable. Reports go to one callback with the
 * source's path; the caller indexes in the background.
 *
 * <p>Whether each source can be reached is checked too (a local folder every quiet period, a share at
 * most every {@value #SHARE_PRESENCE_SECONDS} s): a source that can no longer be reached (renamed,
 * removed, unmounted) is told to a second callback — the operating system says nothing when a watched
 * folder itself is renamed —, and one that is back is reported as changed (and its folders watched
 * again), so it is indexed without anyone asking.
 */
public final class ChangeWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);
    private static final Set<String> NETWORK_FILE_SYSTEMS = Set.of("nfs", "nfs4", "cifs", "smbfs", "smb3", "smb2",
            "fuse.sshfs", "afpfs", "webdav", "davfs", "9p", "fuse.rclone");

    /** A share is checked for being there at most this often (a hung mount holds the check for its time limit). */
    static final int SHARE_PRESENCE_SECONDS = 30;

    private final Consumer<String> onChange;
    private final Consumer<String> onUnreachable;
    private final Duration quietPeriod;
    private final Duration shareRescan;
    private final Reachability reachability;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("change-watcher").daemon().factory());
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private final Map<String, Boolean> wasReachable = new ConcurrentHashMap<>();
    private final Map<String, Long> presenceCheckedAt = new ConcurrentHashMap<>();
    private final Map<WatchKey, String> keys = new HashMap<>();
    private volatile WatchService watcher;

    public ChangeWatcher(Consumer<String> onChange, Duration quietPeriod, Duration shareRescan, Reachability reachability) {
        this(onChange, source -> { }, quietPeriod, shareRescan, reachability);
    }

    /**
     * @param onUnreachable hears, with the source's path, that a source that could be reached no longer can
     *                      (its indexed files stay; the caller shows it unavailable)
     */
    public ChangeWatcher(Consumer<String> onChange, Consumer<String> onUnreachable, Duration quietPeriod,
                         Duration shareRescan, Reachability reachability) {
        this.onChange = onChange;
        this.onUnreachable = onUnreachable;
        this.quietPeriod = quietPeriod;
        this.shareRescan = shareRescan;
        this.reachability = reachability;
    }

    /** Starts watching these sources (replacing what was watched before). */
    public synchronized void watch(List<SourceRegistry.SourceFolder> sources) {
        closeWatcher();
        try {
            watcher = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            LOG.warn("Folder watching is not available; sources are rescanned on a schedule only", e);
        }
        for (SourceRegistry.SourceFolder source : sources) {
            Path root = source.root();
            if (watcher != null && !isNetworkShare(root)) {
                registerTree(root, source.path(), source.excludeRules());
                wasReachable.put(source.path(), reachable(source));
            } else {
                wasReachable.put(source.path(), reachable(source));
                scheduler.scheduleWithFixedDelay(() -> checkShare(source), shareRescan.toMillis(),
                        shareRescan.toMillis(), TimeUnit.MILLISECONDS);
            }
            presenceCheckedAt.put(source.path(), System.nanoTime());
        }
        if (watcher != null) {
            Thread.ofPlatform().name("folder-events").daemon().start(this::pollEvents);
        }
        long tick = Math.max(50, quietPeriod.toMillis() / 4);
        scheduler.scheduleWithFixedDelay(this::reportQuietSources, tick, tick, TimeUnit.MILLISECONDS);
        long presence = Math.max(100, quietPeriod.toMillis());
        scheduler.scheduleWithFixedDelay(() -> checkPresence(sources), presence, presence, TimeUnit.MILLISECONDS);
    }

    /** Whether the folder lives on a network file system (where watching is unreliable). */
    public static boolean isNetworkShare(Path folder) {
        String text = folder.toString();
        if (text.startsWith("\\\\") || text.startsWith("//")) {
            return true;
        }
        try {
            FileStore store = Files.getFileStore(folder);
            return NETWORK_FILE_SYSTEMS.contains(store.type().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            return true; // unreachable now: treat it like a share and check it on a schedule
        }
    }

    private void registerTree(Path root, String source, ExcludeRules excludes) {
        try (var walk = Files.walk(root)) {
            walk.filter(Files::isDirectory)
                    .filter(d -> d.equals(root) || !excludes.excludesFolder(d.getFileName().toString()))
                    .forEach(d -> register(d, source));
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not watch all folders of {}; it is still indexed on request", root, e);
        }
    }

    private synchronized void register(Path dir, String source) {
        if (watcher == null) {
            return; // closed
        }
        try {
            WatchKey key = dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
            keys.put(key, source);
        } catch (IOException e) {
            LOG.debug("Not watching {}", dir, e);
        }
    }

    private void pollEvents() {
        WatchService service = watcher;
        while (true) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            String source;
            synchronized (this) {
                source = keys.get(key);
            }
            if (source != null) {
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                        Path created = ((Path) key.watchable()).resolve(name);
                        if (Files.isDirectory(created)) {
                            register(created, source); // new sub-folders are watched too
                        }
                    }
                }
                pending.put(source, System.nanoTime());
            }
            key.reset();
        }
    }

    private void reportQuietSources() {
        long now = System.nanoTime();
        for (Map.Entry<String, Long> e : pending.entrySet()) {
            if (now - e.getValue() >= quietPeriod.toNanos() && pending.remove(e.getKey(), e.getValue())) {
                notify(e.getKey());
            }
        }
    }

    private void checkShare(SourceRegistry.SourceFolder source) {
        boolean reachable = reachable(source);
        presenceCheckedAt.put(source.path(), System.nanoTime());
        Boolean before = wasReachable.put(source.path(), reachable);
        if (reachable) {
            if (Boolean.FALSE.equals(before)) {
                LOG.info("{} is reachable again", source.path());
            }
            notify(source.path());
        } else if (Boolean.TRUE.equals(before)) {
            gone(source.path());
        }
    }

    /** Whether the source answers at its path or one of its aliases (within the check's time limit). */
    private boolean reachable(SourceRegistry.SourceFolder source) {
        for (Path mount : source.mountPoints()) {
            if (reachability.check(mount).state().available()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells a source that can no longer be reached, and reports one that is back as changed (a local
     * folder's tree is watched again: a folder removed and made again is another folder to the system).
     */
    private void checkPresence(List<SourceRegistry.SourceFolder> sources) {
        long now = System.nanoTime();
        for (SourceRegistry.SourceFolder source : sources) {
            Long last = presenceCheckedAt.get(source.path());
            boolean share = onNetworkFileSystem(source.root());
            long every = share ? Math.min(shareRescan.toNanos(), Duration.ofSeconds(SHARE_PRESENCE_SECONDS).toNanos())
                    : quietPeriod.toNanos();
            if (last != null && now - last < every) {
                continue;
            }
            boolean reachable = reachable(source);
            presenceCheckedAt.put(source.path(), System.nanoTime());
            Boolean before = wasReachable.put(source.path(), reachable);
            if (Boolean.TRUE.equals(before) && !reachable) {
                gone(source.path());
            } else if (Boolean.FALSE.equals(before) && reachable) {
                LOG.info("{} is reachable again", source.path());
                if (watcher != null && !isNetworkShare(source.root())) {
                    registerTree(source.root(), source.path(), source.excludeRules());
                }
                notify(source.path());
            }
        }
    }

    /**
     * Whether the folder is on a network file system, judged by the nearest folder above it that is there
     * when it is not (a local folder renamed away is still checked as often as a local folder).
     */
    private static boolean onNetworkFileSystem(Path folder) {
        Path at = folder;
        while (at != null && !Files.exists(at)) {
            at = at.getParent();
        }
        return isNetworkShare(at == null ? folder : at);
    }

    private void gone(String source) {
        LOG.info("{} cannot be reached now; its indexed files stay", source);
        try {
            onUnreachable.accept(source);
        } catch (RuntimeException e) {
            LOG.error("Reacting to {} becoming unreachable failed", source, e);
        }
    }

    private void notify(String source) {
        try {
            onChange.accept(source);
        } catch (RuntimeException e) {
            LOG.error("Reacting to a change in {} failed", source, e);
        }
    }

    private synchronized void closeWatcher() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            watcher = null;
            keys.clear();
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        closeWatcher();
    }
}
