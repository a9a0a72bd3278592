package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.settingsfile.PropertiesFile;

/**
 * The feedback feature's settings ({@code feedback.properties} in the data folder): the team folder, and whether the
 * searches that found nothing are counted for the team ({@link SearchGaps}).
 */
public final class FeedbackPreferences {

    private static final String TEAM_FOLDER = "team.folder";
    private static final String SEARCH_GAPS = "search.gaps";

    private final PropertiesFile file;

    public FeedbackPreferences(DataDirectory dataDirectory) {
        this(dataDirectory.settingsFile("feedback"));
    }

    FeedbackPreferences(Path file) {
        this.file = new PropertiesFile(file, "Collateral Finder: feedback settings");
    }

    /** The team folder chosen last, if any. */
    public Optional<Path> teamFolder() {
        String value = load().getProperty(TEAM_FOLDER);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    /** Remembers the team folder (saved at once); a file is refused, and not remembered. */
    public void rememberTeamFolder(Path folder) {
        refuseFile(folder);
        Properties properties = load();
        properties.setProperty(TEAM_FOLDER, folder.toAbsolutePath().normalize().toString());
        try {
            file.write(properties);
        } catch (IOException e) {
            throw new CollateralException("The feedback settings could not be saved in " + file.path() + ".", e);
        }
    }

    /**
     * Whether this computer counts the searches that found nothing and shares their weekly counts with the team: on
     * by default once there is a team folder (the team shares through it), never without one, and off when the rep
     * turned it off. One rule for the window and the command line.
     */
    public boolean sharesSearchGaps() {
        return teamFolder().isPresent() && searchGapsSwitch();
    }

    /** The rep's switch itself: on unless they turned it off (it counts only with a team folder). */
    public boolean searchGapsSwitch() {
        return !"off".equals(load().getProperty(SEARCH_GAPS, "on").strip());
    }

    /** Turns counting the searches that found nothing on or off (saved at once). */
    public void switchSearchGaps(boolean on) {
        Properties properties = load();
        properties.setProperty(SEARCH_GAPS, on ? "on" : "off");
        try {
            file.write(properties);
        } catch (IOException e) {
            throw new CollateralException("The feedback settings could not be saved in " + file.path() + ".", e);
        }
    }

    /** Refuses a file given as the team folder, with the sentence a person reads. */
    static void refuseFile(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new InvalidFeedbackException(absolute + " is a file, not a folder; give the team's shared feedback folder.");
        }
    }

    private Properties load() {
        try {
            return file.read();
        } catch (IOException e) {
            throw new CollateralException("The feedback settings in " + file.path() + " could not be read.", e);
        }
    }
}
