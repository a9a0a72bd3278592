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
     * Why {@code folder} is a team feedback folder, as the end of a sentence ("… is the name of the team's feedback
     * folder", "it is a team feedback folder (it holds …)"), or empty when it is not one.
     */
    public static Optional<String> why(Path folder) {
        if (Files.exists(folder.resolve(OwnFolder.TEAM_FEEDBACK.marker()))) {
            return Optional.of("it is a team feedback folder (it holds " + OwnFolder.TEAM_FEEDBACK.marker() + ")");
        }
        Path name = folder.getFileName();
        if (name != null && name.toString().equals(NAME)) {
            return Optional.of(NAME + " is the name of the team's feedback folder");
        }
        return Optional.empty();
    }
}
