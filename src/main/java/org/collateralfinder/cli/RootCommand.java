package org.collateralfinder.cli;

import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.diagnostics.AppVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command; without a subcommand the desktop app starts (see {@code Main}). */
@Command(name = "collateral-finder", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Finds marketing collateral in local folders and shared drives, with feedback from the field.")
public final class RootCommand implements Runnable {

    /**
     * The commands, in the order help lists them. Added by {@code CommandLineRunner} rather than named in the
     * annotation, so a command line that names one builds that one's model only (building all of them loaded the
     * classes of every command: search, feedback, offline copies…).
     */
    static final List<Class<?>> COMMANDS = List.of(IndexCommand.class, SearchCommand.class, SuggestCommand.class,
            SavedCommand.class, StatusCommand.class, SourcesCommand.class, OfflineCommand.class, FeedbackCommand.class,
            CurateCommand.class, CollectionCommand.class, DiagnosticsCommand.class, PublishCommand.class, SlidesCommand.class);

    /** Given here or on any command below (inherited): where the command works. */
    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder for the index, database, logs and settings (default: $COLLATERAL_FINDER_HOME, "
                    + "else the per-user application-data folder).")
    Path dataDir;

    @Override
    public void run() {
        // Main starts the desktop app when no subcommand is given (see CommandLineRunner.decide).
    }

    /** The version from the build. */
    public static String version() {
        return AppVersion.current();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Collateral Finder " + version(), "Java " + Runtime.version()};
        }
    }
}
