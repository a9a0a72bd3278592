package org.collateralfinder.offline;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.RefusedInputException;
import org.collateralfinder.offline.FileCopier.Staged;
import org.collateralfinder.offline.PinManifest.FileEntry;
import org.collateralfinder.offline.PinManifest.PinEntry;
import org.collateralfinder.offline.PinRefresher.Tally;
import org.collateralfinder.offline.PinnedFolderWalker.Found;
import org.collateralfinder.offline.PinnedFolderWalker.Walk;
import org.collateralfinder.sources.ContentHasher;
import org.collateralfinder.sources.ExcludeRules;
import org.collateralfinder.sources.SourceRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files and folders pinned "available offline". Copies live under the offline folder as
 * {@code files/<first 16 hex of sha256(pinned path)>/<pinned name>[/<path inside the folder>]}, so
 * names stay readable and two pins never collide; {@code manifest.json} records them. A copy is only
 * ever replaced by a complete newer copy, and only {@link #unpin} deletes one: a share that cannot be
 * reached never does. Changes are serialised; {@link #copyFor} and {@link #isPinned} never wait for them.
 */
public final class OfflineStore {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineStore.class);

    private final Path offlineDir;
    private final OfflineSettings settings;
    private final Clock clock;
    private final PinManifest manifest;
    private final FileCopier copier;
    private final PinRefresher refresher;
    private final ExcludeRules excludes = ExcludeRules.defaults();
    /** The registered sources with their aliases, to find a pinned file through another mount of its share. */
    private volatile Supplier<List<SourceRegistry.SourceFolder>> sources = List::of;
    private boolean prepared;

    /** The store in {@code DataDirectory.offlineDir()}, with settings in {@code DataDirectory.settingsFile("offline")}. */
    public OfflineStore(Path offlineDir, Path settingsFile) {
        this(offlineDir, new OfflineSettings(settingsFile), Clock.systemUTC());
    }

    public OfflineStore(Path offlineDir, OfflineSettings settings, Clock clock) {
        this.offlineDir = offlineDir.toAbsolutePath().normalize();
        this.settings = settings;
        this.clock = clock;
        this.manifest = new PinManifest(this.offlineDir.resolve("manifest.json"));
        this.copier = new FileCopier(this.offlineDir.resolve("staging"));
        this.refresher = new PinRefresher(this.offlineDir, copier, excludes, manifest, () -> now(), this::places);
    }

    /**
     * Makes the folders copies are written to, once, before the first change: listing the pins or asking
     * for a copy writes nothing (a read-only data folder still searches).
     */
    private void prepareToWrite() {
        if (prepared) {
            return;
        }
        try {
            Files.createDirectories(offlineDir.resolve("files"));
            Files.createDirectories(offlineDir.resolve("staging"));
        } catch (IOException e) {
            throw new CollateralException("The offline folder " + offlineDir + " could not be created: "
                    + CollateralException.why(e) + ".", e);
        }
        copier.clearLeftovers();
        prepared = true;
    }

    /**
     * Pins a file, or a folder with every regular file under it (hidden and temporary files left out).
     * Refused, with nothing copied, when the copies would not fit in the budget. Pinning a path that is
     * already available offline brings its copies up to date.
     */
    public synchronized PinResult pin(Path path) {
        prepareToWrite();
        Path target = normalise(path);
        String key = target.toString();
        if (target.startsWith(offlineDir)) {
            throw new RefusedInputException(key + " holds the offline copies themselves, so it cannot be pinned.");
        }
        PinManifest.State state = manifest.load();
        Optional<PinEntry> covering = state.pinCovering(target);
        String samePlace = key;
        for (Path place : places(target)) { // pinned already through another mount of the share (an alias)?
            if (covering.isPresent()) {
                break;
            }
            covering = state.pinCovering(place);
            samePlace = place.toString();
        }
        if (covering.isPresent()) {
            PinManifest.State next = state.copy();
            Tally tally = new Tally(next.usedBytes(), settings.budgetBytes());
            if (covering.get().path().equals(samePlace)) {
                refresher.refresh(next, covering.get(), tally, () -> false);
                refresher.saveIfChanged(next, tally);
            }
            return new PinResult(toPin(next, covering.get()), true, tally.copiedFiles, tally.copiedBytes, tally.failed);
        }
        // read where the share answers: the path, else the same place under another of its source's mounts (the
        // index may not have seen yet that the share moved); the copies are kept under the path pinned
        Path from = places(target).stream().filter(Files::exists).findFirst().orElse(null);
        if (from == null) {
            throw new CollateralException(key + " cannot be found, or its drive is not reachable right now.");
        }
        boolean folder = Files.isDirectory(from);
        List<CopyFailure> failed = new ArrayList<>();
        List<Found> originals;
        if (folder) {
            Walk walk = PinnedFolderWalker.walk(from, excludes, offlineDir);
            originals = walk.files();
            failed.addAll(walk.problems());
        } else {
            originals = List.of(found(from));
        }
        List<PinEntry> absorbed = state.pinsAtOrUnder(target);
        long absorbedBytes = 0;
        for (PinEntry pin : absorbed) {
            absorbedBytes += toPin(state, pin).size();
        }
        long newBytes = originals.stream().mapToLong(Found::size).sum();
        requireBudget(key, newBytes - absorbedBytes, state.usedBytes());
        requireDiskSpace(key, newBytes);

        Instant now = now();
        String copy = copyOf(target);
        Path copyRoot = offlineDir.resolve(copy);
        List<Staged> staged = stageAll(key, from, folder, originals, copyRoot, failed);
        long copiedBytes = staged.stream().mapToLong(Staged::size).sum();
        List<PinEntry> earlier = EarlierPins.flatten(absorbed);
        PinEntry pin = new PinEntry(key, folder, copy, now.toString(), earlier.isEmpty() ? null : earlier);
        PinManifest.State next = state.copy();
        absorbed.forEach(next::remove);
        for (Staged s : staged) {
            String original = folder ? target.resolve(from.relativize(s.original()).toString()).toString() : key;
            next.files().put(original, FileEntry.of(original, offlineDir, s, key, now.toString()));
        }
        next.pins().put(key, pin);
        try {
            requireBudget(key, copiedBytes - absorbedBytes, state.usedBytes()); // files may have grown meanwhile
            for (Staged s : staged) {
                copier.commit(s);
            }
            manifest.save(next);
        } catch (IOException | RuntimeException e) {
            staged.forEach(copier::discard);
            FileCopier.deleteQuietly(copyRoot.getParent());
            if (e instanceof IOException io) {
                throw new CollateralException("The copies of " + key + " could not be stored in " + offlineDir + ": "
                        + FileCopier.reason(io) + ".", io);
            }
            throw (RuntimeException) e;
        }
        for (PinEntry old : absorbed) {
            FileCopier.deleteQuietly(offlineDir.resolve(old.copy()).getParent());
        }
        LOG.info("Pinned {}: {} files, {} bytes", key, staged.size(), copiedBytes);
        return new PinResult(toPin(next, pin), false, staged.size(), copiedBytes, failed);
    }

    /**
     * Pins files as a unit (a collection's): all of them, or none. Refused, with nothing copied, when one cannot be
     * reached or read, or when the copies of those not yet available offline would not fit in the budget together;
     * a pin that fails midway (a file that changed meanwhile) takes back those made by this call.
     *
     * @param what the unit as a person names it in a sentence ("the 3 files of \"Healthcare pitch kit\"")
     * @return what each pin did, in the order given (a path given twice is pinned once)
     */
    public synchronized List<PinResult> pinAll(String what, List<Path> files) {
        prepareToWrite();
        List<Path> targets = files.stream().map(OfflineStore::normalise).distinct().toList();
        PinManifest.State state = manifest.load();
        long needed = 0;
        for (Path target : targets) {
            if (state.pinCovering(target).isPresent()) {
                continue;
            }
            if (!Files.isRegularFile(target)) {
                throw new CollateralException(target + " cannot be found, or its drive is not reachable right now; "
                        + "nothing of " + what + " was kept offline.");
            }
            needed += found(target).size();
        }
        long budget = settings.budgetBytes();
        long free = Math.max(0, budget - state.usedBytes());
        if (needed > free) {
            throw new CollateralException("Keeping " + what + " offline needs " + ByteSize.format(needed, RoundingMode.UP)
                    + ", but only " + ByteSize.format(free, RoundingMode.DOWN) + " of the " + ByteSize.format(budget)
                    + " offline budget is free; unpin something or raise the budget.");
        }
        requireDiskSpace(what, needed);
        List<PinResult> done = new ArrayList<>();
        try {
            for (Path target : targets) {
                done.add(pin(target));
            }
        } catch (CollateralException e) {
            for (PinResult made : done) {
                if (!made.alreadyPinned()) {
                    unpin(Path.of(made.pin().path()));
                }
            }
            throw new CollateralException(e.userMessage() + " Nothing of " + what + " was kept offline.", e);
        }
        return done;
    }

    /**
     * Brings every pin up to date: re-copies originals whose size or modification time changed, copies
     * new files of pinned folders, and keeps the copies of originals that cannot be reached.
     */
    public RefreshSummary refresh() {
        return refresh(() -> false);
    }

    /** As {@link #refresh()}, stopping between files once {@code cancelled} answers true. */
    public synchronized RefreshSummary refresh(BooleanSupplier cancelled) {
        prepareToWrite();
        PinManifest.State state = manifest.load().copy();
        Tally tally = new Tally(state.usedBytes(), settings.budgetBytes());
        for (PinEntry pin : List.copyOf(state.pins().values())) {
            if (cancelled.getAsBoolean()) {
                tally.cancelled = true;
                break;
            }
            refresher.refresh(state, pin, tally, cancelled);
        }
        refresher.saveIfChanged(state, tally);
        return tally.summary();
    }

    /**
     * Unpins a path and deletes its copies; for a folder, also every pin under it, except the pins the
     * folder took over when it was pinned: those are pinned again with their copies. Returns what was
     * unpinned. A file inside a pinned folder cannot be unpinned on its own.
     */
    public synchronized List<Pin> unpin(Path path) {
        prepareToWrite();
        PinManifest.State state = manifest.load();
        // unpinned through another mount of its share (an alias): the pin under the path it was made at
        Path target = Path.of(knownKey(state, normalise(path).toString()).orElse(normalise(path).toString()));
        String key = target.toString();
        Optional<PinEntry> covering = state.pinCovering(target);
        if (covering.isPresent() && !covering.get().path().equals(key)) {
            throw new RefusedInputException(key + " is part of the pinned folder " + covering.get().path()
                    + "; unpin that folder to remove it.");
        }
        List<PinEntry> removed = state.pinsAtOrUnder(target);
        if (removed.isEmpty()) {
            throw new RefusedInputException(key + " is not pinned for offline use.");
        }
        List<Pin> result = new ArrayList<>();
        PinManifest.State next = state.copy();
        List<EarlierPins.Move> moves = new ArrayList<>();
        for (PinEntry pin : removed) {
            if (pin.path().equals(key)) {
                moves.addAll(EarlierPins.restore(next, pin, offlineDir)); // the pins it took over stay pinned
            }
            result.add(toPin(next, pin));
            next.remove(pin);
        }
        try {
            EarlierPins.move(moves);
        } catch (IOException e) {
            throw new CollateralException("The copies of the pins inside " + key + " could not be kept: "
                    + FileCopier.reason(e) + "; nothing was unpinned.", e);
        }
        manifest.save(next);
        for (PinEntry pin : removed) {
            FileCopier.deleteQuietly(offlineDir.resolve(pin.copy()).getParent());
            LOG.info("Unpinned {}", pin.path());
        }
        return result;
    }

    /**
     * Pins follow a share to whichever of its source's paths and aliases answers, as the index's documents do: a
     * pinned file is refreshed from, and its copy found for, the same place under another mount of the share.
     */
    public OfflineStore followingAliases(Supplier<List<SourceRegistry.SourceFolder>> registered) {
        this.sources = registered;
        return this;
    }

    /** The same path under each path and alias of the source holding it, itself first; itself alone outside them. */
    List<Path> places(Path path) {
        List<Path> places = new ArrayList<>(List.of(path));
        Optional<SourceRegistry.Placement> placement = SourceRegistry.placement(sources.get(), path);
        placement.ifPresent(p -> p.source().mountPoints().forEach(mount -> {
            Path place = normalise(mount).resolve(p.relative().toString());
            if (!places.contains(place)) {
                places.add(place);
            }
        }));
        return places;
    }

    /** The manifest's key of a path: the path itself when it is known, else the same place under another mount. */
    private Optional<String> knownKey(PinManifest.State state, String path) {
        Optional<String> key = key(path);
        if (key.isEmpty() || state.pins().isEmpty() || state.files().containsKey(key.get())
                || state.pinCovering(Path.of(key.get())).isPresent()) {
            return key; // no pins (most laptops): no look at the sources, which every result row would ask for
        }
        for (Path place : places(Path.of(key.get()))) {
            String other = place.toString();
            if (state.files().containsKey(other) || state.pinCovering(place).isPresent()) {
                return Optional.of(other);
            }
        }
        return key;
    }

    /** The local copy of a file, to open when its original cannot be reached; empty when there is none. */
    public Optional<Path> copyFor(String originalPath) {
        PinManifest.State state = readState();
        Optional<String> key = knownKey(state, originalPath);
        FileEntry entry = key.isEmpty() ? null : state.files().get(key.get());
        if (entry == null) {
            return Optional.empty();
        }
        Path copy = offlineDir.resolve(entry.copy());
        return Files.isRegularFile(copy) ? Optional.of(copy) : Optional.empty();
    }

    /** True for a pinned file or folder and for anything inside a pinned folder. */
    public boolean isPinned(String path) {
        PinManifest.State state = readState();
        Optional<String> key = knownKey(state, path);
        if (key.isEmpty()) {
            return false;
        }
        return state.files().containsKey(key.get()) || state.pinCovering(Path.of(key.get())).isPresent();
    }

    /** The pins, sorted by path, with the space used and the budget. */
    public OfflineListing list() {
        PinManifest.State state = manifest.load();
        List<Pin> pins = new ArrayList<>();
        for (PinEntry pin : state.pins().values()) {
            pins.add(toPin(state, pin));
        }
        return new OfflineListing(state.usedBytes(), settings.budgetBytes(), pins);
    }

    /** Every local copy, sorted by original path. */
    public List<PinnedFile> files() {
        List<PinnedFile> files = new ArrayList<>();
        for (FileEntry f : manifest.load().files().values()) {
            files.add(new PinnedFile(f.original(), offlineDir.resolve(f.copy()), f.size(),
                    Instant.ofEpochMilli(f.modifiedMillis()), f.contentHash(), Instant.parse(f.pinnedAt()), f.pin()));
        }
        return files;
    }

    /** Sets the budget; refused when it is below what the copies already take. */
    public synchronized void setBudget(long bytes) {
        prepareToWrite();
        long used = manifest.load().usedBytes();
        if (bytes > 0 && bytes < used) {
            throw new RefusedInputException("A budget of " + ByteSize.format(bytes) + " is less than the "
                    + ByteSize.format(used, RoundingMode.UP) + " already pinned; unpin something first.");
        }
        settings.setBudgetBytes(bytes);
    }

    public Path offlineDir() {
        return offlineDir;
    }

    private List<Staged> stageAll(String key, Path root, boolean folder, List<Found> originals, Path copyRoot,
                                  List<CopyFailure> failed) {
        List<Staged> staged = new ArrayList<>();
        for (Found f : originals) {
            Path target = folder ? copyRoot.resolve(root.relativize(f.path()).toString()) : copyRoot;
            try {
                staged.add(copier.stage(f.path(), target));
            } catch (IOException e) {
                if (!folder) {
                    staged.forEach(copier::discard);
                    throw new CollateralException(key + " could not be copied: " + FileCopier.reason(e) + ".", e);
                }
                LOG.warn("Could not copy {} for offline use", f.path(), e);
                failed.add(new CopyFailure(f.path().toString(), FileCopier.reason(e)));
            }
        }
        return staged;
    }

    private void requireBudget(String key, long needed, long used) {
        long budget = settings.budgetBytes();
        long free = Math.max(0, budget - used);
        if (needed > free) {
            throw new CollateralException("Pinning " + key + " needs " + ByteSize.format(needed, RoundingMode.UP)
                    + ", but only " + ByteSize.format(free, RoundingMode.DOWN) + " of the " + ByteSize.format(budget)
                    + " offline budget is free; unpin something or raise the budget.");
        }
    }

    private void requireDiskSpace(String key, long needed) {
        try {
            long usable = Files.getFileStore(offlineDir).getUsableSpace();
            if (needed > usable) {
                throw new CollateralException("Pinning " + key + " needs " + ByteSize.format(needed, RoundingMode.UP)
                        + ", but the local disk has only " + ByteSize.format(usable, RoundingMode.DOWN) + " free.");
            }
        } catch (IOException e) {
            LOG.debug("Free space of {} unknown", offlineDir, e);
        }
    }

    private Pin toPin(PinManifest.State state, PinEntry pin) {
        long size = 0;
        List<FileEntry> files = state.filesOf(pin.path());
        for (FileEntry f : files) {
            size += f.size();
        }
        return new Pin(pin.path(), pin.folder(), offlineDir.resolve(pin.copy()), size, files.size(), Instant.parse(pin.pinnedAt()));
    }

    /** For lookups from search results: a manifest that cannot be read means "no copy", logged. */
    private PinManifest.State readState() {
        try {
            return manifest.load();
        } catch (CollateralException e) {
            LOG.warn(e.getMessage(), e.getCause());
            return new PinManifest.State(Collections.emptySortedMap(), Collections.emptySortedMap());
        }
    }

    private static Found found(Path file) {
        try {
            return PinnedFolderWalker.found(file);
        } catch (IOException e) {
            throw new CollateralException(file + " could not be read: " + FileCopier.reason(e) + ".", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Path normalise(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static Optional<String> key(String path) {
        try {
            return path == null || path.isBlank() ? Optional.empty() : Optional.of(normalise(Path.of(path)).toString());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Where a pin's copies go, relative to the offline folder. */
    static String copyOf(Path pinned) {
        return "files/" + hash16(pinned.toString()) + "/" + nameOf(pinned);
    }

    static String hash16(String path) {
        return ContentHasher.hash(path.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private static String nameOf(Path path) {
        Path name = path.getFileName();
        return name == null ? "drive" : name.toString();
    }
}
