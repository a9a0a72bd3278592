package org.collateralfinder.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A feedback subcommand on one rep's own feedback on one file ({@code add}, {@code remove}): the FILE and {@code --user}. */
abstract class OwnFeedbackSubcommand extends FeedbackSubcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The file (identified by its content).")
    Path file;

    @Option(names = "--user", paramLabel = "NAME", description = "Whose feedback (default: your login name).")
    String user;

    @Override
    int run() {
        return run(identify(file), who());
    }

    /** The --user given, else the login name. */
    String who() {
        return user != null ? user : System.getProperty("user.name");
    }

    /** The command's work on the identified file, as {@code who}: the --user given, else the login name. */
    abstract int run(TargetFile target, String who);
}
