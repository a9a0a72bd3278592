package org.collateralfinder.sources;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a walk of a folder (a source, a pinned folder) does with a symbolic link inside it: a link to a file
 * or folder inside that same folder is not followed, since the walk reaches what it leads to at its own path.
 * So the index and the offline copies hold each file once, at the path without links, whichever link a rep
 * went through, and which path that is does not depend on the order a folder is listed in. A link leading out
 * of the folder is followed (its files are held at the link's path), and so is one whose target the walk
 * leaves out at its own path (an excluded or hidden name on the way), so that what it leads to stays found.
 */
public final class LinksInsideFolder {

    private LinksInsideFolder() {
    }

    /**
     * Where the walk of {@code root} reaches the target of a symbolic link found in it, when that is at the
     * target's own path, so the link is not followed; empty when the link is followed.
     *
     * @param root       the folder walked, as it is walked (perhaps itself through a link or an alias)
     * @param realRoot   {@code root} with symbolic links resolved
     * @param realTarget where the link leads, symbolic links resolved
     * @param folder     whether the target is a folder (else a file)
     * @param excludes   the names the walk leaves out
     * @return the target's path below {@code root}
     */
    public static Optional<Path> targetWalkedAt(Path root, Path realRoot, Path realTarget, boolean folder,
                                                ExcludeRules excludes) {
        if (!realTarget.startsWith(realRoot)) {
            return Optional.empty();
        }
        Path relative = realRoot.relativize(realTarget);
        int names = relative.toString().isEmpty() ? 0 : relative.getNameCount();
        for (int i = 0; i < names; i++) {
            String name = relative.getName(i).toString();
            boolean last = i == names - 1;
            if (last && !folder ? excludes.excludesFile(name) : excludes.excludesFolder(name)) {
                return Optional.empty();
            }
        }
        return Optional.of(root.resolve(relative));
    }
}
