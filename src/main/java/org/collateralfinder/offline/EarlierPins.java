package org.collateralfinder.offline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.offline.PinManifest.FileEntry;
import org.collateralfinder.offline.PinManifest.PinEntry;

/**
 * Pins a folder pin took over (pinned earlier inside it): remembered in the folder's pin, and pinned again,
 * with the copies they already have, when the folder is unpinned, so a rep loses no pin they made.
 */
final class EarlierPins {

    /** A copy that moves from the folder's copies to its own pin's. */
    record Move(Path from, Path to) {
    }

    private EarlierPins() {
    }

    /** The pins {@code taken} over by a new folder pin, with those they had taken over, each once. */
    static List<PinEntry> flatten(List<PinEntry> taken) {
        List<PinEntry> all = new ArrayList<>();
        for (PinEntry pin : taken) {
            all.add(new PinEntry(pin.path(), pin.folder(), pin.copy(), pin.pinnedAt(), null));
            all.addAll(pin.earlier() == null ? List.of() : pin.earlier());
        }
        return all;
    }

    /**
     * Pins again, in {@code next}, the outermost pins {@code folder} took over (each keeping those inside
     * it), their files moved from the folder's pin to theirs. Returns the copies to move on disk.
     */
    static List<Move> restore(PinManifest.State next, PinEntry folder, Path offlineDir) {
        List<PinEntry> earlier = folder.earlier() == null ? List.of() : folder.earlier();
        List<Move> moves = new ArrayList<>();
        for (PinEntry pin : earlier) {
            Path pinned = pin.original();
            if (earlier.stream().anyMatch(other -> other.folder() && !other.original().equals(pinned)
                    && pinned.startsWith(other.original()))) {
                continue; // inside another earlier pin: that one keeps it
            }
            List<PinEntry> inside = earlier.stream()
                    .filter(other -> !other.original().equals(pinned) && other.original().startsWith(pinned)).toList();
            String copy = OfflineStore.copyOf(pinned);
            next.pins().put(pin.path(), new PinEntry(pin.path(), pin.folder(), copy, pin.pinnedAt(),
                    inside.isEmpty() ? null : inside));
            Path copyRoot = offlineDir.resolve(copy);
            for (FileEntry file : next.filesOf(folder.path())) {
                Path original = Path.of(file.original());
                if (original.equals(pinned) || (pin.folder() && original.startsWith(pinned))) {
                    Path to = original.equals(pinned) ? copyRoot : copyRoot.resolve(pinned.relativize(original).toString());
                    moves.add(new Move(offlineDir.resolve(file.copy()), to));
                    next.files().put(file.original(), new FileEntry(file.original(), offlineDir.relativize(to).toString(),
                            file.size(), file.modifiedMillis(), file.contentHash(), file.pinnedAt(), pin.path(),
                            file.changedMillis()));
                }
            }
        }
        return moves;
    }

    /** Moves the copies (a copy already gone is copied again by the next refresh). */
    static void move(List<Move> moves) throws IOException {
        for (Move move : moves) {
            if (Files.exists(move.from())) {
                Files.createDirectories(move.to().getParent());
                Files.move(move.from(), move.to(), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
