package org.collateralfinder.sources;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.ProtectedFolders;
import org.collateralfinder.model.RefusedInputException;
import org.collateralfinder.model.SystemFolder;

/**
 * The source folders, remembered in the data directory as JSON. A source is kept by its absolute
 * path as given (a mounted share's path is kept even while it is unmounted). A registry can be locked
 * (a team's administrator fixed the sources): then adding, removing and changing excludes are refused
 * with the given sentence, and only {@link #replaceAll} (applying the team's list) changes it.
 */
public final class SourceRegistry {

    /**
     * One source folder.
     *
     * @param path     the source's identity and usual mount point
     * @param excludes extra exclude patterns (on top of the defaults)
     * @param aliases  other paths the same share is mounted at on this or other laptops
     *                 ({@code Z:\Marketing}, {@code \\fs01\marketing}, {@code /Volumes/marketing}); the
     *                 first reachable of path and aliases is walked, and documents move with it
     */
    public record SourceFolder(String path, List<String> excludes, List<String> aliases) {
        public SourceFolder {
            excludes = excludes == null ? List.of() : List.copyOf(excludes);
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }

        /** Where this source is searched: its path, then its aliases. */
        public Stream<Path> places() {
            return Stream.concat(Stream.of(path), aliases.stream()).map(Path::of);
        }

        public SourceFolder(String path, List<String> excludes) {
            this(path, excludes, List.of());
        }

        public Path root() {
            return Path.of(path);
        }

        /**
         * The path and then the aliases absolute on this computer: where to look for the share. An alias
         * saved before aliases were checked that is not absolute ("" or ".", which would mean whatever
         * folder the command runs in) is never a mount point.
         */
        public List<Path> mountPoints() {
            List<Path> all = new ArrayList<>();
            all.add(Path.of(path));
            for (String alias : aliases) {
                try {
                    Path mount = Path.of(alias.strip());
                    if (!alias.isBlank() && mount.isAbsolute()) {
                        all.add(mount);
                    }
                } catch (InvalidPathException notAPathHere) {
                    // a Windows path on another system: not a mount point on this computer
                }
            }
            return all;
        }

        public ExcludeRules excludeRules() {
            return ExcludeRules.withExtra(excludes);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** An absolute path on some computer: {@code /Volumes/marketing}, {@code Z:\Marketing}, {@code \\fs01\marketing}. */
    private static final Pattern ABSOLUTE_ANYWHERE =
            Pattern.compile("/.*|[A-Za-z]:[\\\\/].*|\\\\\\\\[^\\\\/]+[\\\\/][^\\\\/].*");

    /** Said when a folder is a source, or inside or around one, only where each really is. */
    private static final String ANOTHER_PATH = " (by another path, such as a symbolic link)";

    private final Path file;
    private final String lockedReason;
    private final Path dataFolder;

    public SourceRegistry(Path file) {
        this(file, null);
    }

    /** @param lockedReason null, or the sentence refusing changes because the sources are fixed */
    public SourceRegistry(Path file, String lockedReason) {
        this(file, lockedReason, null);
    }

    /**
     * @param lockedReason null, or the sentence refusing changes because the sources are fixed
     * @param dataFolder   the app's data folder, which is never a source (its sample folder excepted), or null
     */
    public SourceRegistry(Path file, String lockedReason, Path dataFolder) {
        this.file = file;
        this.lockedReason = lockedReason;
        this.dataFolder = dataFolder == null ? null : normalise(dataFolder);
    }

    /**
     * What a deck or report written for the rep keeps out of: {@code dataFolder} and the files of these sources (at their
     * paths and aliases), as they are now.
     */
    public ProtectedFolders protectedFolders(Path dataFolder) {
        return new ProtectedFolders(dataFolder, list().stream().flatMap(SourceFolder::places).toList());
    }

    /** Whether the rep may not add, remove or change sources. */
    public boolean isLocked() {
        return lockedReason != null;
    }

    private void refuseWhenLocked() {
        if (lockedReason != null) {
            throw new RefusedInputException(lockedReason);
        }
    }

    public synchronized List<SourceFolder> list() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(file.toFile(), new TypeReference<List<SourceFolder>>() { }));
        } catch (IOException e) {
            throw new CollateralException("The list of sources in " + file + " could not be read; "
                    + "fix or delete that file and add the sources again.", e);
        }
    }

    /** Adds a folder; returns false when it was already a source. */
    public synchronized boolean add(Path folder, List<String> excludes) {
        refuseWhenLocked();
        Path absolute = normalise(folder);
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new RefusedInputException(absolute + " is " + (Files.isRegularFile(absolute) ? "a file" : "not a file or a folder")
                    + ", not a folder; give the folder that holds the files to search.");
        }
        if (!Files.isDirectory(absolute)) {
            throw new RefusedInputException("The folder " + absolute + " does not exist; check the path, and that its share "
                    + "is mounted.");
        }
        // /proc as a source made every later run fail for every source (window re-test 18, R2); the same folders a
        // team folder and a published index refuse
        SystemFolder.containing(absolute).ifPresent(system -> {
            throw new RefusedInputException(absolute + " " + SystemFolder.whereIs(absolute, system) + ", not one that "
                    + "holds files to search; give the folder that holds your team's material.");
        });
        if (absolute.getParent() == null) {
            throw new RefusedInputException(absolute + " is the whole disk, with the operating system's folders; give "
                    + "the folder that holds your team's material.");
        }
        refuseDataFolder(absolute);
        List<SourceFolder> sources = new ArrayList<>(list());
        for (SourceFolder s : sources) {
            if (s.path().equals(absolute.toString())) {
                return false;
            }
        }
        // compared as given and where each really is: a symbolic link to a source, or to a folder holding one,
        // would index the same files twice
        Reachability reachability = new Reachability();
        Path real = reachability.realPath(absolute);
        for (SourceFolder s : sources) {
            // one folder in two sources would be walked twice, its files taken from one source by the other
            Path other = s.root();
            Path otherReal = reachability.realPath(other);
            if (real.equals(otherReal)) {
                throw new RefusedInputException(absolute + " is the folder of the source " + other + ANOTHER_PATH
                        + "; its files are indexed already.");
            }
            if (absolute.startsWith(other) || real.startsWith(otherReal)) {
                throw new RefusedInputException(absolute + " is inside the source " + other
                        + (absolute.startsWith(other) ? "" : ANOTHER_PATH) + ", which already includes its files.");
            }
            if (other.startsWith(absolute) || otherReal.startsWith(real)) {
                throw new RefusedInputException(absolute + " contains the source " + other
                        + (other.startsWith(absolute) ? "" : ANOTHER_PATH) + "; remove that source first "
                        + "('sources remove " + other + "'), then add " + absolute + ".");
            }
        }
        sources.add(new SourceFolder(absolute.toString(), excludes, List.of()));
        save(sources);
        return true;
    }

    private void refuseDataFolder(Path folder) {
        refuseDataFolder(folder, dataFolder);
    }

    /**
     * Refuses {@code folder} as a source when it is the data folder {@code dataFolder} or inside it; a command
     * checks this before it opens (creates, locks down) the data folder.
     */
    public static void refuseDataFolder(Path folder, Path dataFolder) {
        folder = normalise(folder);
        dataFolder = dataFolder == null ? null : normalise(dataFolder);
        if (dataFolder == null || !folder.startsWith(dataFolder)
                || folder.startsWith(dataFolder.resolve(SampleCollateralInstaller.RESOURCE_FOLDER))) {
            return;
        }
        throw new RefusedInputException(folder + (folder.equals(dataFolder) ? " is" : " is inside")
                + " Collateral Finder's own data folder; add the folders your documents are in.");
    }

    /**
     * Where a path lies in the sources: the source, the mount point (its path or an alias) it is under, and
     * the path below that mount point.
     *
     * @param mount    the source's path or alias, absolute and normalised, as the source lists it
     * @param relative the rest of the path below {@code mount} (empty for the mount point itself)
     */
    public record Placement(SourceFolder source, Path mount, Path relative) {
    }

    /**
     * Which source a file or folder is in: at its path or an alias as given, else once symbolic links are
     * followed (a link to a source's folder, a path through another mount of the share). Empty when the path
     * is in no source.
     */
    public static Optional<Placement> placement(List<SourceFolder> sources, Path path) {
        Path absolute = normalise(path);
        for (SourceFolder source : sources) {
            for (Path mount : source.mountPoints()) {
                Path root = normalise(mount);
                if (absolute.startsWith(root)) {
                    return Optional.of(new Placement(source, root, root.relativize(absolute)));
                }
            }
        }
        Path real = realPathOfExistingPart(absolute);
        if (real == null) {
            return Optional.empty();
        }
        for (SourceFolder source : sources) {
            for (Path mount : source.mountPoints()) {
                Path root = normalise(mount);
                Path realRoot = realPath(root);
                if (realRoot != null && real.startsWith(realRoot)) {
                    return Optional.of(new Placement(source, root, realRoot.relativize(real)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Why a file or folder may not get feedback or an offline copy, or empty when it may: those are for the
     * collateral the app indexes, so the path must be a source, or inside one (at its path or an alias, also
     * once symbolic links are followed). The sentence names the sources.
     */
    public Optional<String> outsideEverySource(Path path) {
        return outsideEverySource(list(), path);
    }

    /** As {@link #outsideEverySource(Path)}, for these sources. */
    public static Optional<String> outsideEverySource(List<SourceFolder> sources, Path path) {
        return notInASource(sources, path).map(where -> where + "; feedback and offline copies are only for the files "
                + "Collateral Finder indexes.");
    }

    /** "/etc/passwd is not in a source (/share/, /home/ana/Sales)", or empty when the path is in one. */
    public static Optional<String> notInASource(List<SourceFolder> sources, Path path) {
        if (placement(sources, path).isPresent()) {
            return Optional.empty();
        }
        String named = sources.isEmpty() ? "there are none yet"
                : String.join(", ", sources.stream().map(SourceFolder::path).toList());
        return Optional.of(normalise(path) + " is not in a source (" + named + ")");
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return null; // not there (a share that is not mounted): its path as given decides
        }
    }

    /**
     * Where a path really is: its nearest part that exists with symbolic links followed, and the rest as given
     * (a file that is gone, in a folder reached through a link); null when not even its root can be resolved.
     */
    public static Path realPathOfExistingPart(Path absolute) {
        Path rest = absolute.getFileSystem().getPath("");
        for (Path part = absolute; part != null; part = part.getParent()) {
            Path real = realPath(part);
            if (real != null) {
                return real.resolve(rest);
            }
            rest = part.getFileName().resolve(rest);
        }
        return null;
    }

    /** Removes a folder; returns false when it was not a source. */
    public synchronized boolean remove(Path folder) {
        refuseWhenLocked();
        String absolute = normalise(folder).toString();
        List<SourceFolder> sources = new ArrayList<>(list());
        boolean removed = sources.removeIf(s -> s.path().equals(absolute));
        if (removed) {
            save(sources);
        }
        return removed;
    }

    /** Replaces the extra excludes of a source. */
    public synchronized void setExcludes(Path folder, List<String> excludes) {
        refuseWhenLocked();
        String absolute = normalise(folder).toString();
        List<SourceFolder> sources = new ArrayList<>();
        for (SourceFolder s : list()) {
            sources.add(s.path().equals(absolute) ? new SourceFolder(s.path(), excludes, s.aliases()) : s);
        }
        save(sources);
    }

    /**
     * Adds extra exclude patterns to a source (those it has already are left as they are).
     *
     * @return the patterns that were new to it, in the order given
     */
    public synchronized List<String> addExcludes(Path folder, List<String> excludes) {
        refuseWhenLocked();
        String absolute = normalise(folder).toString();
        List<String> added = new ArrayList<>();
        List<SourceFolder> sources = new ArrayList<>();
        for (SourceFolder s : list()) {
            if (s.path().equals(absolute)) {
                List<String> all = new ArrayList<>(s.excludes());
                for (String pattern : excludes) {
                    if (!all.contains(pattern)) {
                        all.add(pattern);
                        added.add(pattern);
                    }
                }
                s = new SourceFolder(s.path(), all, s.aliases());
            }
            sources.add(s);
        }
        if (!added.isEmpty()) {
            save(sources);
        }
        return added;
    }

    /**
     * Records that the source at {@code folder} is also mounted at {@code alias} (another drive letter,
     * UNC path or mount point). Nothing is re-indexed: documents move to whichever is reachable.
     */
    public synchronized void addAlias(Path folder, String alias) {
        if (alias == null || !ABSOLUTE_ANYWHERE.matcher(alias.strip()).matches()) {
            throw new RefusedInputException("\"" + alias + "\" is not an absolute path; give the full path the share is "
                    + "mounted at, such as Z:\\Marketing, \\\\fs01\\marketing or /Volumes/marketing.");
        }
        alias = alias.strip();
        String absolute = normalise(folder).toString();
        List<SourceFolder> sources = new ArrayList<>();
        boolean found = false;
        for (SourceFolder s : list()) {
            if (s.path().equals(absolute)) {
                found = true;
                List<String> aliases = new ArrayList<>(s.aliases());
                if (!aliases.contains(alias) && !alias.equals(s.path())) {
                    aliases.add(alias);
                }
                s = new SourceFolder(s.path(), s.excludes(), aliases);
            }
            sources.add(s);
        }
        if (!found) {
            throw new RefusedInputException(absolute + " is not a source; 'sources list' shows them.");
        }
        save(sources);
    }

    /**
     * Replaces the whole list (a team's fixed sources), also when locked; the folders need not be
     * reachable now. Saves only when something changed.
     *
     * @return whether the list changed
     */
    public synchronized boolean replaceAll(List<SourceFolder> sources) {
        List<SourceFolder> wanted = List.copyOf(sources);
        if (wanted.equals(list())) {
            return false;
        }
        save(wanted);
        return true;
    }

    public static Path normalise(Path folder) {
        return folder.toAbsolutePath().normalize();
    }

    private void save(List<SourceFolder> sources) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), sources);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CollateralException("The list of sources could not be saved to " + file + ": "
                    + CollateralException.why(e) + ".", e);
        }
    }
}
