package org.collateralfinder.feedback;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Who may curate files (official, draft, retired): whoever may write the team folder's curation folder
 * ({@code <team folder>/curation}), as the share's permissions say, like {@link ResponderRole} for answers. Whoever
 * runs the share creates that folder writable by marketing only; reps read it and see curation read-only.
 */
public final class CuratorRole {

    /** The folder curation travels in, inside the team folder. */
    public static final String FOLDER_NAME = "curation";

    private CuratorRole() {
    }

    public static Path curationFolder(Path teamFolder) {
        return teamFolder.toAbsolutePath().normalize().resolve(FOLDER_NAME);
    }

    static boolean hasCurationFolder(Path teamFolder) {
        return Files.isDirectory(curationFolder(teamFolder));
    }

    /**
     * Why this user may not curate, in one sentence, or empty when they may. The app never makes the curation folder:
     * any rep can write the team folder, so the folder made by whoever runs the share (writable by marketing only) is
     * what tells marketing from the reps.
     */
    static Optional<String> whyNot(Path teamFolder) {
        Path folder = curationFolder(teamFolder);
        if (!hasCurationFolder(teamFolder)) {
            return Optional.of("The team folder " + teamFolder.toAbsolutePath().normalize() + " has no " + FOLDER_NAME
                    + " folder yet: whoever runs the share makes " + folder + ", writable by marketing only, and then "
                    + "marketing can curate files.");
        }
        return TeamFolderReach.writable(folder) ? Optional.empty() : Optional.of("Only marketing curates files: you "
                + "cannot write the team's curation folder " + folder + ", so curation is shown to you read-only.");
    }
}
