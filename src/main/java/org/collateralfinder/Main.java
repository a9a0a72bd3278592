package org.collateralfinder;

import org.collateralfinder.cli.CommandLineRunner;

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
            System.err.println("The desktop window is not part of this build yet; run 'collateral-finder --help' for the commands.");
            System.exit(2);
        }
        System.exit(CommandLineRunner.create().execute(args));
    }
}
