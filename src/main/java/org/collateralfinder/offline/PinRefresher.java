package org.collateralfinder.offline;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.collateralfinder.offline.FileCopier.Staged;
import org.collateralfinder.offline.PinManifest.FileEntry;
import org.collateralfinder.offline.PinManifest.PinEntry;
import org.collateralfinder.offline.PinnedFolderWalker.Found;
import org.collateralfinder.offline.PinnedFolderWalker.Walk;
import org.collateralfinder.sources.ExcludeRules;
import org.collateralfinder.sources.ScannedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one pin's copies up to date: re-copies what changed, copies new files of a pinned folder,
 * and leaves the copies of originals it cannot reach alone. Within the budget; a long run saves the
 * manifest every few seconds so a crash loses little.
 */
final class PinRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(PinRefresher.class);
    private static final long SAVE_EVERY_NANOS = 5_000_000_000L;
    /**
     * Why a pinned file whose folder can be reached is not refreshed: {@code unreachable} is for originals that cannot be
     * reached (a share away), so a file deleted or moved at the source is among the {@code failed}, with this reason.
     */
    static final String NO_LONGER_THERE = "no longer at the source (deleted or moved there); the older copy is kept";

    /** Running figures of one pin or refresh. */
    static final class Tally {
        final List<String> refreshed = new ArrayList<>();
        final List<String> added = new ArrayList<>();
        final List<String> unreachable = new ArrayList<>();
        final List<CopyFailure> failed = new ArrayList<>();
        final long budget;
        long used;
        int unchanged;
        int copiedFiles;
        long copiedBytes;
        boolean cancelled;
        boolean dirty;
        long savedAt = System.nanoTime();

        Tally(long used, long budget) {
            this.used = used;
            this.budget = budget;
        }

        long free() {
            return Math.max(0, budget - used);
        }

        RefreshSummary summary() {
            return new RefreshSummary(refreshed, added, unchanged, unreachable, failed, cancelled);
        }
    }

    private final Path offlineDir;
    private final FileCopier copier;
    private final ExcludeRules excludes;
    private final PinManifest manifest;
    private final Supplier<Instant> clock;

    /** The same path at each place its share is reached (its source's path and aliases), itself first. */
    private final Function<Path, List<Path>> places;

    PinRefresher(Path offlineDir, FileCopier copier, ExcludeRules excludes, PinManifest manifest, Supplier<Instant> clock,
                 Function<Path, List<Path>> places) {
        this.places = places;
        this.offlineDir = offlineDir;
        this.copier = copier;
        this.excludes = excludes;
        this.manifest = manifest;
        this.clock = clock;
    }

    /** Updates {@code state} (a modifiable copy) for one pin. */
    void refresh(PinManifest.State state, PinEntry pin, Tally tally, BooleanSupplier cancelled) {
        Path pinned = pin.original();
        // where the share answers now: the pinned path, else the same place through one of the source's aliases
        Path root = places.apply(pinned).stream()
                .filter(p -> pin.folder() ? Files.isDirectory(p) : Files.exists(p))
                .findFirst().orElse(pinned);
        Path copyRoot = offlineDir.resolve(pin.copy());
        if (!pin.folder()) {
            if (!Files.exists(root)) {
                Path folder = root.getParent();
                if (folder != null && Files.isDirectory(folder)) { // its folder answers: not a share that is away
                    tally.failed.add(new CopyFailure(pin.path(), NO_LONGER_THERE));
                } else {
                    tally.unreachable.add(pin.path());
                }
                return;
            }
            try {
                update(state, pin, pinned.toString(), PinnedFolderWalker.found(root), copyRoot, tally);
            } catch (IOException e) {
                tally.failed.add(new CopyFailure(pin.path(), FileCopier.reason(e) + "; the older copy is kept"));
            }
            return;
        }
        if (!Files.isDirectory(root)) {
            tally.unreachable.add(pin.path());
            return;
        }
        Walk walk = PinnedFolderWalker.walk(root, excludes, offlineDir);
        tally.failed.addAll(walk.problems());
        Set<String> seen = new HashSet<>();
        for (Found f : walk.files()) {
            if (cancelled.getAsBoolean()) {
                tally.cancelled = true;
                return;
            }
            String relative = root.relativize(f.path()).toString();
            String key = pinned.resolve(relative).toString(); // kept under the pinned path, wherever it was read
            seen.add(key);
            update(state, pin, key, f, copyRoot.resolve(relative), tally);
            if (tally.dirty && System.nanoTime() - tally.savedAt > SAVE_EVERY_NANOS) {
                saveIfChanged(state, tally);
            }
        }
        for (FileEntry e : state.filesOf(pin.path())) {
            if (!seen.contains(e.original())) { // the folder was walked: the file is no longer in it
                tally.failed.add(new CopyFailure(e.original(), NO_LONGER_THERE));
            }
        }
    }

    void saveIfChanged(PinManifest.State state, Tally tally) {
        if (tally.dirty) {
            manifest.save(state);
            tally.dirty = false;
            tally.savedAt = System.nanoTime();
        }
    }

    /** @param key the file's path under the pinned path; {@code original} is where it was found now */
    private void update(PinManifest.State state, PinEntry pin, String key, Found original, Path target, Tally tally) {
        FileEntry old = state.files().get(key);
        if (old != null && old.size() == original.size() && old.modifiedMillis() == original.modifiedMillis()
                && ScannedFile.sameChangeTime(old.changedMillis(), original.changedMillis())
                && Files.isRegularFile(offlineDir.resolve(old.copy()))) {
            tally.unchanged++;
            return;
        }
        long oldSize = old == null ? 0 : old.size();
        String kept = old == null ? "" : "; the older copy is kept";
        if (original.size() - oldSize > tally.free()) {
            tally.failed.add(new CopyFailure(key, tooBig(original.size() - oldSize, tally.free()) + kept));
            return;
        }
        Staged staged;
        try {
            staged = copier.stage(original.path(), target);
        } catch (IOException e) {
            LOG.warn("Could not copy {} for offline use", key, e);
            tally.failed.add(new CopyFailure(key, FileCopier.reason(e) + kept));
            return;
        }
        if (staged.size() - oldSize > tally.free()) {
            copier.discard(staged);
            tally.failed.add(new CopyFailure(key, tooBig(staged.size() - oldSize, tally.free()) + kept));
            return;
        }
        try {
            copier.commit(staged);
        } catch (IOException e) {
            LOG.warn("Could not replace the offline copy of {}", key, e);
            copier.discard(staged);
            tally.failed.add(new CopyFailure(key, "the local copy could not be replaced; it may be open in another program"
                    + kept));
            return;
        }
        String pinnedAt = old == null ? clock.get().toString() : old.pinnedAt();
        state.files().put(key, FileEntry.of(key, offlineDir, staged, pin.path(), pinnedAt));
        tally.used += staged.size() - oldSize;
        tally.copiedFiles++;
        tally.copiedBytes += staged.size();
        tally.dirty = true;
        (old == null ? tally.added : tally.refreshed).add(key);
    }

    private static String tooBig(long needed, long free) {
        return "it needs " + ByteSize.format(needed, RoundingMode.UP) + " but only "
                + ByteSize.format(free, RoundingMode.DOWN) + " of the offline budget is free";
    }
}
