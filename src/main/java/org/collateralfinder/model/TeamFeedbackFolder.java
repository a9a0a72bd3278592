package org.collateralfinder.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What marks a team feedback folder (the reps' logs): its default name in a share, {@code .collateral-feedback}, or the
 * marker file the app keeps in it ({@link OwnFolder#TEAM_FEEDBACK}). Feedback sync makes it; publishing a team index
 * never goes into it, so the team keeps the folder its README names.
 */
public final class TeamFeedbackFolder {

    /** The team folder's name at the root of a source. */
    public static final String NAME = ".collateral-feedback";

    private TeamFeedbackFolder() {
    }

    /**
     * Why {@code folder} is a team feedback folder or inside one, as the end of a sentence ("… is the name of the team's
     * feedback folder", "it is a team feedback folder (it holds …)", "it is inside the team feedback folder …"), or
     * empty when it is neither. A folder is one when it holds the marker file, or is named {@link #NAME} in any letter
     * case (the same folder on Windows and macOS); so is every folder inside one.
     */
    public static Optional<String> why(Path folder) {
        Path self = folder.toAbsolutePath().normalize();
        for (Path p = self; p != null; p = p.getParent()) {
            boolean itself = p.equals(self);
            if (Files.exists(p.resolve(OwnFolder.TEAM_FEEDBACK.marker()))) {
                return Optional.of(itself ? "it is a team feedback folder (it holds " + OwnFolder.TEAM_FEEDBACK.marker() + ")"
                        : "it is inside the team feedback folder " + p + " (which holds " + OwnFolder.TEAM_FEEDBACK.marker()
                        + ")");
            }
            Path name = p.getFileName();
            if (name != null && name.toString().equalsIgnoreCase(NAME)) {
                return Optional.of(itself ? name + " is the name of the team's feedback folder"
                        : "it is inside " + p + ", and " + name + " is the name of the team's feedback folder");
            }
        }
        return Optional.empty();
    }
}
