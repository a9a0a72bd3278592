package org.collateralfinder;

import java.util.logging.Level;
import java.util.logging.Logger;
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
    private static final Logger LUCENE_JUL = Logger.getLogger("org.apache.lucene");

    private Main() {
    }

    public static void main(String[] args) {
        LUCENE_JUL.setLevel(Level.SEVERE);
        CommandLineRunner.Launch launch = CommandLineRunner.decide(args);
        if (launch instanceof CommandLineRunner.Launch.Refused refused) {
            System.err.println(refused.sentence());
            System.exit(2);
        }
        if (launch instanceof CommandLineRunner.Launch.Window) {
            // before anything is created for the window: without a display it could never open
            CommandLineRunner.windowRefusal(System.getProperty("os.name"), System.getenv(), System.getProperty("glass.platform"))
                    .ifPresent(sentence -> {
                        System.err.println(sentence);
                        System.exit(1);
                    });
        }
        if (launch instanceof CommandLineRunner.Launch.Window window) {
            // before the first logger is created, so the log file lands in the data folder
            CommandLineRunner.pointLogsAt(window.dataDir());
            try {
                DesktopApp.launchApp(window.dataDir(), args.length == 0 ? args : new String[0]);
            } catch (UnsupportedOperationException e) { // JavaFX: "Unable to open DISPLAY" (a display set but not there)
                System.err.println("The window could not open: " + e.getMessage() + ". Use the command line instead "
                        + "(collateral-finder --help lists its commands).");
                System.exit(1);
            }
            return;
        }
        System.exit(CommandLineRunner.run(args));
    }
}
