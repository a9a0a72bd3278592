package org.collateralfinder.cli;

import java.nio.file.Path;
import org.collateralfinder.datadir.DataDirectory;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option every command shares. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for the index, database, logs and settings (default: $COLLATERAL_FINDER_HOME, "
                    + "else the per-user application-data folder).")
    Path dataDir;

    /** Opens the data directory and points the log file into it. */
    public DataDirectory open() {
        DataDirectory dir = DataDirectory.open(DataDirectory.resolve(dataDir, System.getenv()));
        if (System.getProperty("collateralfinder.logdir") == null) {
            System.setProperty("collateralfinder.logdir", dir.logsDir().toString());
        }
        return dir;
    }
}
