package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(ResponderRole.class);

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
        return writable(folder) ? Optional.empty() : Optional.of("Only marketing answers feedback: you cannot write the "
                + "team's responses folder " + folder + ", so answers are shown to you read-only.");
    }

    private static boolean writable(Path folder) {
        if (!Files.isWritable(folder)) {
            return false;
        }
        try {
            PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class);
            Set<PosixFilePermission> permissions = attributes.permissions();
            if (attributes.owner().getName().equals(System.getProperty("user.name"))) {
                return permissions.contains(PosixFilePermission.OWNER_WRITE);
            }
            return permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException notPosix) {
            return true;
        } catch (IOException e) {
            LOG.warn("Could not read the permissions of {}", folder, e);
            return false;
        }
    }
}
