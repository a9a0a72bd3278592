package org.collateralfinder.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; without a subcommand the desktop app starts (see {@code Main}). */
@Command(name = "collateral-finder", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Finds marketing collateral in local folders and shared drives, with feedback from the field.",
        subcommands = {IndexCommand.class, SearchCommand.class, SuggestCommand.class, StatusCommand.class,
                SourcesCommand.class, OfflineCommand.class, FeedbackCommand.class, DiagnosticsCommand.class,
                PublishCommand.class})
public final class RootCommand implements Runnable {

    @Override
    public void run() {
        // Main starts the desktop app when no subcommand is given.
    }

    /** The version from the build. */
    public static String version() {
        return org.collateralfinder.diagnostics.AppVersion.current();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Collateral Finder " + version(), "Java " + Runtime.version()};
        }
    }
}
