package org.collateralfinder.offline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.collateralfinder.model.CollateralException;

/**
 * The record of pins and copies: {@code manifest.json} in the offline folder, replaced atomically on
 * every save. Reads are cached and re-read only when the file changes (another process saved it).
 */
final class PinManifest {

    static final int VERSION = 1;

    /**
     * What the rep pinned; {@code copy} is relative to the offline folder; {@code earlier} the pins made
     * inside this folder before it was pinned, pinned again when it is unpinned (null when none; a
     * manifest of an older version has none).
     */
    record PinEntry(String path, boolean folder, String copy, String pinnedAt, List<PinEntry> earlier) {
        Path original() {
            return Path.of(path);
        }
    }

    /** One copy; {@code copy} is relative to the offline folder, {@code pin} is the path of its pin. */
    record FileEntry(String original, String copy, long size, long modifiedMillis, String contentHash,
                     String pinnedAt, String pin, long changedMillis) {

        static FileEntry of(Path offlineDir, FileCopier.Staged s, String pin, String pinnedAt) {
            return of(s.original().toString(), offlineDir, s, pin, pinnedAt);
        }

        /** @param original the file's path under its pin (read through one of its share's aliases, perhaps) */
        static FileEntry of(String original, Path offlineDir, FileCopier.Staged s, String pin, String pinnedAt) {
            return new FileEntry(original, offlineDir.relativize(s.target()).toString(), s.size(),
                    s.modifiedMillis(), s.contentHash(), pinnedAt, pin, s.changedMillis());
        }
    }

    /** The file's shape. */
    record Contents(int version, List<PinEntry> pins, List<FileEntry> files) {
    }

    /** Pins and copies by original path. The cached state is unmodifiable; {@link #copy()} one to change it. */
    record State(SortedMap<String, PinEntry> pins, SortedMap<String, FileEntry> files) {

        State copy() {
            return new State(new TreeMap<>(pins), new TreeMap<>(files));
        }

        long usedBytes() {
            long used = 0;
            for (FileEntry f : files.values()) {
                used += f.size();
            }
            return used;
        }

        List<FileEntry> filesOf(String pinPath) {
            List<FileEntry> of = new ArrayList<>();
            for (FileEntry f : files.values()) {
                if (f.pin().equals(pinPath)) {
                    of.add(f);
                }
            }
            return of;
        }

        /** The pin of exactly this path, or the pinned folder it lies in. */
        Optional<PinEntry> pinCovering(Path path) {
            for (PinEntry pin : pins.values()) {
                Path pinned = pin.original();
                if (pinned.equals(path) || (pin.folder() && path.startsWith(pinned))) {
                    return Optional.of(pin);
                }
            }
            return Optional.empty();
        }

        /** Pins of this path and of everything under it. */
        List<PinEntry> pinsAtOrUnder(Path path) {
            List<PinEntry> found = new ArrayList<>();
            for (PinEntry pin : pins.values()) {
                if (pin.original().startsWith(path)) {
                    found.add(pin);
                }
            }
            return found;
        }

        void remove(PinEntry pin) {
            pins.remove(pin.path());
            files.values().removeIf(f -> f.pin().equals(pin.path()));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final State EMPTY = new State(Collections.emptySortedMap(), Collections.emptySortedMap());

    private final Path file;
    private State cached;
    private FileTime cachedTime;
    private long cachedSize = -1;

    PinManifest(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** The current state, unmodifiable. */
    synchronized State load() {
        try {
            if (!Files.exists(file)) {
                return EMPTY;
            }
            FileTime time = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            if (cached != null && time.equals(cachedTime) && size == cachedSize) {
                return cached;
            }
            Contents contents = JSON.readValue(file.toFile(), Contents.class);
            if (contents.version() > VERSION) {
                throw new CollateralException("The list of offline copies in " + file
                        + " was written by a newer Collateral Finder; update the app to use it.");
            }
            State state = new State(new TreeMap<>(), new TreeMap<>());
            for (PinEntry pin : contents.pins() == null ? List.<PinEntry>of() : contents.pins()) {
                state.pins().put(pin.path(), pin);
            }
            for (FileEntry f : contents.files() == null ? List.<FileEntry>of() : contents.files()) {
                state.files().put(f.original(), f);
            }
            remember(unmodifiable(state), time, size);
            return cached;
        } catch (IOException e) {
            throw new CollateralException("The list of offline copies in " + file + " could not be read: "
                    + e.getMessage() + ".", e);
        }
    }

    /** Writes the state to a temporary file and moves it over the manifest, so a crash never leaves half a file. */
    synchronized void save(State state) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), new Contents(VERSION, List.copyOf(state.pins().values()),
                    List.copyOf(state.files().values())));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            remember(unmodifiable(state.copy()), Files.getLastModifiedTime(file), Files.size(file));
        } catch (IOException e) {
            throw new CollateralException("The list of offline copies could not be saved to " + file + ": "
                    + e.getMessage() + ".", e);
        }
    }

    private void remember(State state, FileTime time, long size) {
        cached = state;
        cachedTime = time;
        cachedSize = size;
    }

    private static State unmodifiable(State s) {
        return new State(Collections.unmodifiableSortedMap(s.pins()), Collections.unmodifiableSortedMap(s.files()));
    }
}
