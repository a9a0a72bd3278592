package org.collateralfinder.cli;

import java.nio.file.Path;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code feedback remove FILE}: withdraws your feedback on a file (it stays in the history). */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Withdraw your feedback on a file; the history keeps it.")
class FeedbackRemoveCommand extends FeedbackSubcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The file (identified by its content).")
    Path file;

    @Option(names = "--user", paramLabel = "NAME", description = "Whose feedback (default: your login name).")
    String user;

    @Override
    int run() {
        TargetFile target = identify(file);
        String who = userOrDefault(user);
        try (FeedbackDatabase database = openDatabase()) {
            new FeedbackRepository(database).withdraw(target.contentHash(), who);
        }
        out().println("Withdrew " + who.strip() + "'s feedback on " + target.path() + ".");
        return 0;
    }
}
