package org.collateralfinder.cli;

import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackRepository;
import picocli.CommandLine.Command;

/** {@code feedback remove FILE}: withdraws your feedback on a file (it stays in the history). */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Withdraw your feedback on a file; the history keeps it.")
class FeedbackRemoveCommand extends OwnFeedbackSubcommand {

    @Override
    int run(TargetFile target, String who) {
        try (FeedbackDatabase database = openDatabase()) {
            FeedbackRepository repository = new FeedbackRepository(database);
            byFile(repository, target).withdraw(target.asKnown(), who);
        }
        out().println("Withdrew " + who.strip() + "'s feedback on " + target.path() + ".");
        return 0;
    }
}
