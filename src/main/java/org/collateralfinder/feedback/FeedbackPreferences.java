package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.settingsfile.PropertiesFile;

/** The feedback feature's settings ({@code feedback.properties} in the data folder): the team folder. */
public final class FeedbackPreferences {

    private static final String TEAM_FOLDER = "team.folder";

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
