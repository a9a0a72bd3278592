package org.collateralfinder;

import org.collateralfinder.cli.CommandLineRunner;
import org.collateralfinder.gui.DesktopApp;

/**
 * The entry point: with no arguments (or only {@code --data-dir DIR}) it starts the desktop app;
 * otherwise it runs a command.
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
        if (CommandLineRunner.decide(args) instanceof CommandLineRunner.Launch.Window window) {
            // before the first logger is created, so the log file lands in the data folder
            CommandLineRunner.pointLogsAt(window.dataDir());
            DesktopApp.launchApp(window.dataDir(), args.length == 0 ? args : new String[0]);
            return;
        }
        System.exit(CommandLineRunner.run(args));
    }
}
