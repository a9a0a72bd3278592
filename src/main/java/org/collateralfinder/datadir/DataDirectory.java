package org.collateralfinder.datadir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.OwnFolder;
import org.collateralfinder.model.RefusedInputException;

/**
 * The data directory and its layout. Chosen by {@code --data-dir}, else {@code $COLLATERAL_FINDER_HOME},
 * else the platform's per-user application-data folder. Created readable by its owner only.
 */
public final class DataDirectory {

    public static final String HOME_VARIABLE = "COLLATERAL_FINDER_HOME";

    private final Path root;

    private DataDirectory(Path root) {
        this.root = root;
    }

    /**
     * The data directory at {@code root} for commands that only read: nothing is created or changed, so a
     * missing folder stays missing and a read-only one can be searched. What is not there reads as empty.
     */
    public static DataDirectory forReading(Path root) {
        DataDirectory dir = new DataDirectory(root.toAbsolutePath().normalize());
        dir.requireReadable();
        return dir;
    }

    /**
     * Refuses, with a sentence, a path that cannot be a data folder: a file, or a folder holding other
     * things but none of the app's (as {@code /proc/1}); a missing or empty folder reads as empty.
     */
    private void requireReadable() {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new RefusedInputException("The data folder " + root + " is a file, not a folder.");
        }
        if (!Files.isDirectory(root) || Files.exists(root.resolve(OwnFolder.DATA.marker())) || Files.exists(indexDir())
                || Files.exists(sourcesFile()) || Files.exists(Path.of(feedbackDatabase() + ".mv.db"))) {
            return;
        }
        try (var entries = Files.list(root)) {
            // logs/ alone may come from logging this very run
            if (entries.anyMatch(entry -> !entry.equals(logsDir()))) {
                throw new RefusedInputException(root + " is not a Collateral Finder data folder (it holds other files "
                        + "and none of the app's); give the folder the app keeps its data in.");
            }
        } catch (IOException e) {
            throw new CollateralException("The data folder " + root + " could not be read: " + CollateralException.why(e)
                    + ".", e);
        }
    }

    /** Opens (creating it owner-only if needed) the data directory at {@code root}. */
    public static DataDirectory open(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        try {
            createOwnerOnly(absolute);
            for (String sub : new String[] {"index", "logs", "offline", "cache"}) {
                createOwnerOnly(absolute.resolve(sub));
            }
        } catch (IOException e) {
            throw new CollateralException("The data folder " + absolute + " could not be created: "
                    + CollateralException.why(e) + ".", e);
        }
        if (!Files.isWritable(absolute)) {
            throw notWritable(absolute);
        }
        mark(absolute);
        return new DataDirectory(absolute);
    }

    /**
     * Why the window (or a command that writes) cannot use a read-only data folder, and what to do: the
     * index, the feedback and the settings are written there as the window runs; the command line can
     * still search it.
     */
    static CollateralException notWritable(Path folder) {
        return new CollateralException("The data folder " + folder + " is read-only, and Collateral Finder writes its "
                + "index, feedback and settings there: make it writable, or start with --data-dir and a folder you can "
                + "write to. The command line can still search it (collateral-finder search --data-dir " + folder
                + " WORDS).");
    }

    /** Resolves the folder from an explicit choice, the environment, or the platform default. */
    public static Path resolve(Path explicit, Map<String, String> environment) {
        if (explicit != null) {
            return explicit;
        }
        String home = environment.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        return platformDefault(System.getProperty("os.name", ""), System.getProperty("user.home"), environment);
    }

    static Path platformDefault(String osName, String userHome, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = environment.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return base.resolve("CollateralFinder");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "CollateralFinder");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("collateral-finder");
    }

    /** Writes the marker that tells every folder walk (this copy's and others') never to index this folder. */
    private static void mark(Path root) {
        Path marker = root.resolve(OwnFolder.DATA.marker());
        if (Files.exists(marker)) {
            return;
        }
        try {
            Files.writeString(marker, OwnFolder.DATA.markerText());
        } catch (IOException e) {
            throw new CollateralException("The data folder " + root + " could not be written to: "
                    + CollateralException.why(e) + ".", e);
        }
    }

    private static void createOwnerOnly(Path dir) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        if (posix) {
            // others lose any access; the owner's own choice (a folder set read-only) is kept
            Set<PosixFilePermission> permissions = new HashSet<>(Files.getPosixFilePermissions(dir));
            if (permissions.removeAll(EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                    PosixFilePermission.OTHERS_EXECUTE))) {
                Files.setPosixFilePermissions(dir, permissions);
            }
        }
    }

    public Path root() {
        return root;
    }

    /** The Lucene index (local disk only). */
    public Path indexDir() {
        return root.resolve("index");
    }

    /** The H2 feedback database file, without H2's ".mv.db" suffix. */
    public Path feedbackDatabase() {
        return root.resolve("feedback");
    }

    public Path logsDir() {
        return root.resolve("logs");
    }

    /** Caches that can be deleted at any time (e.g. the extraction workers' class archive). */
    public Path cacheDir() {
        return root.resolve("cache");
    }

    public Path offlineDir() {
        return root.resolve("offline");
    }

    /** The file remembering the source folders. */
    public Path sourcesFile() {
        return root.resolve("sources.json");
    }

    /** A small per-feature settings file, e.g. {@code settings("window")}. */
    public Path settingsFile(String feature) {
        return root.resolve(Objects.requireNonNull(feature) + ".properties");
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
