package org.collateralfinder.feedback;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Who may answer feedback: whoever may write the team folder's responses folder
 * ({@code <team folder>/responses}), as the share's permissions say. Whoever runs the share creates
 * that folder writable by marketing only; reps read it. There is no list of roles to keep in step.
 *
 * <p>On a POSIX file system the folder's permission bits decide, also for an administrator account the
 * operating system would let write anyway: the owner's write bit for its owner, else the group's or
 * others' write bit. Elsewhere (Windows shares: ACLs) the operating system's answer decides.
 */
public final class ResponderRole {

    /** The folder answers travel in, inside the team folder. */
    public static final String FOLDER_NAME = "responses";

    private ResponderRole() {
    }

    public static Path responsesFolder(Path teamFolder) {
        return teamFolder.toAbsolutePath().normalize().resolve(FOLDER_NAME);
    }

    /** Whether whoever runs the share has made the responses folder (until then nobody can answer). */
    static boolean hasResponsesFolder(Path teamFolder) {
        return Files.isDirectory(responsesFolder(teamFolder));
    }

    /**
     * Why this user may not answer, in one sentence, or empty when they may. A team folder without a responses
     * folder is not given one here: any rep can write the team folder, so the folder made by whoever runs the
     * share (writable by marketing only) is what tells marketing from the reps.
     */
    static Optional<String> whyNot(Path teamFolder) {
        Path folder = responsesFolder(teamFolder);
        if (!hasResponsesFolder(teamFolder)) {
            return Optional.of("The team folder " + teamFolder.toAbsolutePath().normalize() + " has no " + FOLDER_NAME
                    + " folder yet: whoever runs the share makes " + folder + ", writable by marketing only, and then "
                    + "marketing can answer.");
        }
        return TeamFolderReach.writable(folder) ? Optional.empty() : Optional.of("Only marketing answers feedback: you "
                + "cannot write the team's responses folder " + folder + ", so answers are shown to you read-only.");
    }
}
