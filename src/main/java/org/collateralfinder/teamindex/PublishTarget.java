package org.collateralfinder.teamindex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.RealPaths;
import org.collateralfinder.model.RefusedInputException;
import org.collateralfinder.model.SystemFolder;
import org.collateralfinder.model.TeamFeedbackFolder;
import org.collateralfinder.sources.SourceRegistry;

/**
 * The checks made before a share is indexed for publishing, so a publication that cannot end well is
 * refused with a sentence before anything is read, written or has its permissions changed: the published
 * folder must be a folder this app may write and that holds nothing but a team index (the publisher
 * deletes the files of old generations there, and must never delete anything else), and the publisher's
 * data folder must be apart from the share and the published folder (else its private index and logs
 * would be published, and the share made readable by its owner only).
 */
public final class PublishTarget {

    private static final Pattern FILES_FOLDER = Pattern.compile(Pattern.quote(PublishedFolder.FILES) + "[0-9]+");
    private static final Pattern HISTORY_FILE = Pattern.compile("[0-9]+\\.json(" + Pattern.quote(PublishedFolder.PARTIAL) + ")?");

    private PublishTarget() {
    }

    /**
     * Refuses a share or {@code target} in a folder of the operating system ({@link SystemFolder}), and
     * {@code target} unless it is a writable folder holding only a team index (or nothing), or a folder still to be
     * made in a writable folder that exists.
     */
    public static void check(Path share, Path target) {
        SystemFolder.containing(share).ifPresent(system -> {
            throw new RefusedInputException("Cannot publish " + share + ": it " + SystemFolder.whereIs(share, system)
                    + ", not a share.");
        });
        SystemFolder.containing(target).ifPresent(system -> {
            throw new RefusedInputException("Cannot publish into " + target + ": it "
                    + SystemFolder.whereIs(target, system) + ", not a share.");
        });
        for (Path t : forms(target)) { // as given, and where a link leads
            TeamFeedbackFolder.why(t).ifPresent(why -> {
                throw new RefusedInputException("Cannot publish into " + target + ": " + why + ", which a team index would "
                        + "take from the team. Publish into the share's " + PublishedFolder.NAME + ", or a new folder of "
                        + "another name.");
            });
        }
        for (Path t : forms(target)) {
            for (Path s : forms(share)) {
                if (s.startsWith(t)) {
                    throw sharedFolder(target, s.equals(t) ? "is the shared folder itself" : "holds the shared folder " + share);
                }
            }
        }
        if (sameFolder(target, share)) { // another mount of it (a bind mount, another drive letter)
            throw sharedFolder(target, "is the shared folder itself (mounted at another path)");
        }
        Path holder = SourceRegistry.normalise(target).getParent();
        if (isFilesFolder(String.valueOf(SourceRegistry.normalise(target).getFileName())) && holder != null
                && Files.exists(holder.resolve(PublishedFolder.MANIFEST))) {
            throw new RefusedInputException("Cannot publish into " + target + ": it is the files folder of the team index "
                    + "published in " + holder + ". Publish into " + holder + " itself, the folder holding "
                    + PublishedFolder.MANIFEST + ".");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new RefusedInputException("Cannot publish into " + target + ": it is a file, not a folder.");
        }
        if (!Files.isDirectory(target)) {
            Path parent = target.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new RefusedInputException("Cannot publish into " + target + ": the folder " + parent
                        + " it would be made in does not exist (check the path, or create that folder first).");
            }
            if (!Files.isWritable(parent)) {
                throw readOnly(parent, share);
            }
            return;
        }
        if (!Files.isWritable(target)) {
            throw readOnly(target, share);
        }
        String foreign = foreignEntry(target);
        if (foreign != null && Files.isSymbolicLink(target.resolve(foreign))) {
            throw new RefusedInputException("Cannot publish into " + target + ": its " + foreign + " is a symbolic link, "
                    + "which a publisher never makes, and publishing deletes what older generations leave in its folders "
                    + "(never through a link, which may lead out of the share). Remove the link, or publish into an empty "
                    + "or new folder.");
        }
        if (foreign != null) {
            throw new RefusedInputException("Cannot publish into " + target + ": it holds " + foreign + ", which is not "
                    + "part of a team index, and publishing deletes what older generations leave there. Publish into "
                    + "an empty or new folder, or the share's " + PublishedFolder.NAME + ".");
        }
    }

    /**
     * Refuses a data folder that is the share or the published folder, inside either, or holding either.
     */
    public static void checkDataFolder(Path dataFolder, Path share, Path target) {
        for (Path data : forms(dataFolder)) {
            for (Path s : forms(share)) {
                if (data.startsWith(s) || s.startsWith(data)) {
                    throw new RefusedInputException("The data folder " + dataFolder + (data.startsWith(s) ? " is "
                            + (data.equals(s) ? "" : "inside ") + "the shared folder " + share : " holds the shared folder "
                            + share) + "; the publisher's own index and logs would be published with the share. Use a "
                            + "data folder apart from the share (--data-dir).");
                }
            }
            for (Path t : forms(target)) {
                if (data.startsWith(t) || t.startsWith(data)) {
                    throw new RefusedInputException("The data folder " + dataFolder + " and the folder published into, "
                            + target + ", overlap; use a data folder apart from both (--data-dir).");
                }
            }
        }
    }

    /** The path as given (absolute) and, where it exists, with symbolic links resolved. */
    private static List<Path> forms(Path path) {
        Path given = SourceRegistry.normalise(path);
        return List.of(given, RealPaths.asFarAsItExists(given));
    }

    private static CollateralException sharedFolder(Path target, String what) {
        return new CollateralException("Cannot publish into " + target + ": it " + what + ", and publishing deletes what "
                + "older generations leave in the folder it publishes into. Publish into the share's "
                + PublishedFolder.NAME + " (leave out --to), or an empty or new folder.");
    }

    /** Whether both are the same existing folder, whatever the paths (the file system's own identity). */
    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isDirectory(a) && Files.isDirectory(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static CollateralException readOnly(Path folder, Path share) {
        return new CollateralException("Cannot publish into " + folder + ": it cannot be written to (read-only or no "
                + "permission). Publish with --to a writable folder, for instance " + share.getFileName() + "'s "
                + PublishedFolder.NAME + " reached through a writable mount.");
    }

    /** Whether a folder in the published folder is a {@code files-N} folder, the only ones the publisher writes. */
    static boolean isFilesFolder(String name) {
        return FILES_FOLDER.matcher(name).matches();
    }

    /** Whether a file in {@code history/} is one the publisher writes ({@code 12.json}, {@code 12.json.partial}). */
    static boolean isHistoryFile(String name) {
        return HISTORY_FILE.matcher(name).matches();
    }

    /** Whether a file in a {@code files-N} folder is one the publisher writes (a Lucene file, or one being written). */
    static boolean isPublishedFile(String name) {
        return Manifest.isLuceneFileName(name.endsWith(PublishedFolder.PARTIAL)
                ? name.substring(0, name.length() - PublishedFolder.PARTIAL.length()) : name);
    }

    /** The first entry (as a path relative to {@code target}) the publisher did not write, or null. */
    static String foreignEntry(Path target) {
        try (Stream<Path> top = Files.list(target)) {
            for (Path p : top.sorted().toList()) {
                String name = p.getFileName().toString();
                if (Files.isSymbolicLink(p)) {
                    return name; // never written by a publisher, and never followed (it may lead out of the share)
                } else if (name.equals(PublishedFolder.MANIFEST) || name.equals(PublishedFolder.MANIFEST + PublishedFolder.PARTIAL)
                        || name.equals(PublishedFolder.LOCK)) {
                    if (!Files.isRegularFile(p)) {
                        return name;
                    }
                } else if (name.equals(PublishedFolder.HISTORY) && Files.isDirectory(p)) {
                    String inside = firstNotMatching(p, PublishTarget::isHistoryFile);
                    if (inside != null) {
                        return name + "/" + inside;
                    }
                } else if (isFilesFolder(name) && Files.isDirectory(p)) {
                    String inside = firstNotMatching(p, PublishTarget::isPublishedFile);
                    if (inside != null) {
                        return name + "/" + inside;
                    }
                } else {
                    return name;
                }
            }
            return null;
        } catch (IOException e) {
            throw new CollateralException("Cannot publish into " + target + ": it cannot be listed ("
                    + CollateralException.why(e) + ").", e);
        }
    }

    private static String firstNotMatching(Path folder, Predicate<String> ours) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.sorted().toList()) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || !ours.test(p.getFileName().toString())) {
                    return p.getFileName().toString();
                }
            }
        }
        return null;
    }
}
