package org.collateralfinder.feedback;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.model.CollateralException;

/** The feedback feature's settings ({@code feedback.properties} in the data folder): the team folder. */
public final class FeedbackPreferences {

    private static final String TEAM_FOLDER = "team.folder";

    private final Path file;

    public FeedbackPreferences(DataDirectory dataDirectory) {
        this(dataDirectory.settingsFile("feedback"));
    }

    FeedbackPreferences(Path file) {
        this.file = file;
    }

    /** The team folder chosen last, if any. */
    public Optional<Path> teamFolder() {
        String value = load().getProperty(TEAM_FOLDER);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    /** Remembers the team folder (saved at once). */
    public void rememberTeamFolder(Path folder) {
        Properties properties = load();
        properties.setProperty(TEAM_FOLDER, folder.toAbsolutePath().normalize().toString());
        save(properties);
    }

    private Properties load() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new CollateralException("The feedback settings in " + file + " could not be read.", e);
            }
        }
        return properties;
    }

    private void save(Properties properties) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "Collateral Finder: feedback settings");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CollateralException("The feedback settings could not be saved in " + file + ".", e);
        }
    }
}
