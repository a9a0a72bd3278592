package org.collateralfinder.cli;

import java.nio.file.Path;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.settings.TeamDefaults;
import org.collateralfinder.sources.SourceRegistry;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option every command shares; opening it applies the team's defaults. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for the index, database, logs and settings (default: $COLLATERAL_FINDER_HOME, "
                    + "else the per-user application-data folder).")
    Path dataDir;

    private DataDirectory opened;
    private TeamDefaults team;
    private SourceRegistry registry;

    /** Opens the data directory, points the log file into it and applies the team's defaults (once). */
    public DataDirectory open() {
        if (opened != null) {
            return opened;
        }
        DataDirectory dir = DataDirectory.open(DataDirectory.resolve(dataDir, System.getenv()));
        if (System.getProperty("collateralfinder.logdir") == null) {
            System.setProperty("collateralfinder.logdir", dir.logsDir().toString());
        }
        team = TeamDefaults.forInstallation(System.getenv());
        registry = team.applyTo(dir);
        opened = dir;
        return dir;
    }

    /** The source folders of the opened data directory (locked when the team's defaults are). */
    public SourceRegistry registry() {
        open();
        return registry;
    }

    /** The team's defaults applied on open (none when there are none). */
    public TeamDefaults teamDefaults() {
        open();
        return team;
    }
}
