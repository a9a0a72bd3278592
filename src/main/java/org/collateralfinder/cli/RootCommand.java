package org.collateralfinder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; without a subcommand the desktop app starts (see {@code Main}). */
@Command(name = "collateral-finder", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Finds marketing collateral in local folders and shared drives, with feedback from the field.",
        subcommands = {IndexCommand.class, SearchCommand.class, SuggestCommand.class, StatusCommand.class,
                SourcesCommand.class, OfflineCommand.class, FeedbackCommand.class})
public final class RootCommand implements Runnable {

    @Override
    public void run() {
        // Main starts the desktop app when no subcommand is given.
    }

    /** The version from the build. */
    public static String version() {
        try (InputStream in = RootCommand.class.getResourceAsStream("/collateral-finder.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Collateral Finder " + version(), "Java " + Runtime.version()};
        }
    }
}
