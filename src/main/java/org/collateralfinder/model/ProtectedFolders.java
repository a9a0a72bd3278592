package org.collateralfinder.model;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where a file the app writes for a person (a deck, a report) must not go, and what it may replace. Never into a data
 * folder: this one, or any folder holding the data-folder marker, another copy's or one this copy used with
 * {@code --data-dir} (a file there is never indexed, one in {@code index/} is deleted when the index is rebuilt beside
 * it, and the feedback database is there; slides re-test 20 #3 saw decks written into another data folder's
 * {@code index/}). Never over a file in a source folder (the collateral itself: re-test 17 saw {@code slides export
 * --force} replace an indexed deck with a 1-slide one). And over no existing file but one the app wrote earlier for a
 * person (a deck it exported, a report): the sources of another data folder are not known here, and {@code --force}
 * replaced one of them (re-test 20 #3). A new file in a source folder is allowed: it replaces nothing. Paths are
 * compared as written and with symbolic links followed. The one rule the command line and the window, decks and
 * reports, use.
 *
 * @param dataFolder the data folder, or null when there is none to keep out of (other data folders are kept out of
 *                   by their marker)
 * @param sources    the source folders and their aliases
 */
public record ProtectedFolders(Path dataFolder, List<Path> sources) {

    /**
     * What the app writes earlier for a person, the only existing files it replaces.
     *
     * @param kind  what such a file is, as a sentence says it ("a deck Collateral Finder exported")
     * @param isOne whether an existing file is one (it may be anything: a folder, a link, another program's file)
     */
    public record Earlier(String kind, Predicate<Path> isOne) {
    }

    public ProtectedFolders {
        dataFolder = dataFolder == null ? null : dataFolder.toAbsolutePath().normalize();
        sources = sources.stream().map(s -> s.toAbsolutePath().normalize()).toList();
    }

    /**
     * Why {@code target} may not be written, as a sentence, or empty when it may: in a data folder, over a file of a
     * source, or over an existing file that is not {@code earlier}'s kind.
     *
     * @param what what is written, as a sentence starts with it ("The deck", "The report")
     */
    public Optional<String> refusal(Path target, String what, Earlier earlier) {
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
        if (!earlier.isOne().test(out)) {
            return Optional.of(out + " exists and is not " + earlier.kind() + "; it was left as it is. Choose another file name.");
        }
        return Optional.empty();
    }

    /**
     * Why {@code target} may not be written because it is in the data folder or in any other folder holding the
     * data-folder marker, or empty when it is in none.
     */
    public Optional<String> refusalInDataFolder(Path target, String what) {
        Path out = target.toAbsolutePath().normalize();
        Path real = RealPaths.asFarAsItExists(out);
        if (dataFolder != null && (out.startsWith(dataFolder) || real.startsWith(RealPaths.asFarAsItExists(dataFolder)))) {
            return Optional.of(what + " cannot be written into the data folder " + dataFolder + "; choose a file elsewhere.");
        }
        for (Path written : List.of(out, real)) {
            for (Path folder = written.getParent(); folder != null; folder = folder.getParent()) {
                if (OwnFolder.DATA.isMarked(folder)) {
                    return Optional.of(what + " cannot be written into " + folder + ", a Collateral Finder data folder (it "
                            + "holds " + OwnFolder.DATA.marker() + "); choose a file elsewhere.");
                }
            }
        }
        return Optional.empty();
    }
}
