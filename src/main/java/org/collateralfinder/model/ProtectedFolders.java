package org.collateralfinder.model;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a file the app writes for a person (a deck, a report) must not go: into the data folder (a file there is never
 * indexed, one in {@code index/} is deleted when the index is rebuilt beside it, and the feedback database is there),
 * and over a file in a source folder (the collateral itself: re-test 17 saw {@code slides export --force} replace an
 * indexed deck with a 1-slide one). A new file in a source folder is allowed: it replaces nothing. Paths are compared
 * as written and with symbolic links followed. The one rule the command line and the window, decks and reports, use.
 *
 * @param dataFolder the data folder, or null when there is none to keep out of
 * @param sources    the source folders and their aliases
 */
public record ProtectedFolders(Path dataFolder, List<Path> sources) {

    public ProtectedFolders {
        dataFolder = dataFolder == null ? null : dataFolder.toAbsolutePath().normalize();
        sources = sources.stream().map(s -> s.toAbsolutePath().normalize()).toList();
    }

    /**
     * Why {@code target} may not be written, as a sentence, or empty when it may.
     *
     * @param what what is written, as a sentence starts with it ("The deck", "The report")
     */
    public Optional<String> refusal(Path target, String what) {
        Optional<String> data = refusalInDataFolder(target, what);
        if (data.isPresent()) {
            return data;
        }
        Path out = target.toAbsolutePath().normalize();
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path real = RealPaths.asFarAsItExists(out);
        for (Path source : sources) {
            if (out.startsWith(source) || real.startsWith(RealPaths.asFarAsItExists(source))) {
                return Optional.of(out + " is a file in the source folder " + source + ", and files in the sources are never "
                        + "replaced; save " + what.toLowerCase(Locale.ROOT) + " under a new name or in another folder.");
            }
        }
        return Optional.empty();
    }

    /** Why {@code target} may not be written because it is in the data folder, or empty when it is not. */
    public Optional<String> refusalInDataFolder(Path target, String what) {
        if (dataFolder == null) {
            return Optional.empty();
        }
        Path out = target.toAbsolutePath().normalize();
        if (out.startsWith(dataFolder) || RealPaths.asFarAsItExists(out).startsWith(RealPaths.asFarAsItExists(dataFolder))) {
            return Optional.of(what + " cannot be written into the data folder " + dataFolder + "; choose a file elsewhere.");
        }
        return Optional.empty();
    }
}
