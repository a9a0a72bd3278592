package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.collateralfinder.model.CollateralException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may share collections with the team: whoever may write the team folder's collections folder
 * ({@code <team folder>/collections}), as the share's permissions say. Unlike marketing's folders ({@link CuratorRole},
 * {@link ResponderRole}), every rep may share a collection by default, so the app makes the folder the first time
 * someone shares one, where the team folder can be written; whoever runs the share can make it first, writable by
 * fewer people, and then only they share.
 */
public final class SharerRole {

    /** The folder shared collections travel in, inside the team folder. */
    public static final String FOLDER_NAME = "collections";

    private static final Logger LOG = LoggerFactory.getLogger(SharerRole.class);

    private SharerRole() {
    }

    public static Path collectionsFolder(Path teamFolder) {
        return teamFolder.toAbsolutePath().normalize().resolve(FOLDER_NAME);
    }

    /**
     * Why this user may not share a collection, in one sentence, or empty when they may. Makes the collections folder
     * when it is not there yet and the team folder can be written (touches the folder: background threads).
     */
    static Optional<String> whyNot(Path teamFolder) {
        Path folder = collectionsFolder(teamFolder);
        if (!Files.isDirectory(folder)) {
            if (!TeamFolderReach.writable(folder.getParent())) {
                return Optional.of("You cannot write the team folder " + folder.getParent() + " (read-only or no "
                        + "permission), so your collections stay on this computer.");
            }
            try {
                Files.createDirectory(folder);
                LOG.info("Made the team's collections folder {}", folder);
            } catch (FileAlreadyExistsException made) {
                // made meanwhile by another laptop, or a file of that name: said below
            } catch (IOException e) {
                LOG.warn("Could not make {}", folder, e);
                return Optional.of("The team's collections folder " + folder + " could not be made ("
                        + CollateralException.why(e) + "), so your collections stay on this computer.");
            }
            if (!Files.isDirectory(folder)) {
                return Optional.of(folder + " is a file, not the team's collections folder; whoever runs the share "
                        + "should move it away.");
            }
        }
        return TeamFolderReach.writable(folder) ? Optional.empty() : Optional.of("You cannot write the team's "
                + "collections folder " + folder + " (the share's permissions), so you cannot share collections; they "
                + "stay on this computer.");
    }
}
