package org.collateralfinder.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What marks a folder a team index is published in ({@code SHARE/.collateral-index}): its name, or its
 * {@code manifest.json} beside a {@code history} folder. Every walk passes over it, and no team feedback
 * folder may be made in it: publishing deletes what it does not know there.
 */
public final class PublishedIndexFolder {

    /** The folder's name in a share. */
    public static final String NAME = ".collateral-index";
    public static final String MANIFEST = "manifest.json";
    public static final String HISTORY = "history";

    private PublishedIndexFolder() {
    }

    /** The published index folder {@code folder} is (or is inside), if any. */
    public static Optional<Path> containing(Path folder) {
        for (Path at = folder.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
            Path name = at.getFileName();
            if (name != null && name.toString().equals(NAME)
                    || Files.isRegularFile(at.resolve(MANIFEST)) && Files.isDirectory(at.resolve(HISTORY))) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }
}
