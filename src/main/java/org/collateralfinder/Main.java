package org.collateralfinder;

import java.nio.file.Path;
import org.collateralfinder.cli.CommandLineRunner;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.gui.DesktopApp;

/**
 * The entry point: with no arguments it starts the desktop app; otherwise it runs a command.
 * This class must not extend {@code javafx.application.Application}, so the single runnable jar
 * starts JavaFX from the class path.
 */
public final class Main {

    /**
     * Lucene reports through java.util.logging that the incubating vector API is not enabled; that
     * is not the user's concern, so it must not reach the terminal. Held here so it is not collected.
     */
    private static final java.util.logging.Logger LUCENE_JUL = java.util.logging.Logger.getLogger("org.apache.lucene");

    private Main() {
    }

    public static void main(String[] args) {
        LUCENE_JUL.setLevel(java.util.logging.Level.SEVERE);
        if (args.length == 0) {
            if (System.getProperty("collateralfinder.logdir") == null) {
                // before the first logger is created, so the log file lands in the data folder
                Path root = DataDirectory.resolve(null, System.getenv());
                System.setProperty("collateralfinder.logdir", root.resolve("logs").toString());
            }
            DesktopApp.launchApp(args);
            return;
        }
        System.exit(CommandLineRunner.run(args));
    }
}
