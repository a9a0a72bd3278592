package org.collateralfinder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.feedback.FeedbackWithdrawal;
import org.collateralfinder.feedback.InvalidFeedbackException;
import picocli.CommandLine.Command;

/**
 * {@code feedback remove FILE}: withdraws your feedback on a file (it stays in the history). A file that is
 * gone (deleted, or on a share that is not mounted) cannot be read to know its content, so your feedback
 * on it is found by the path it was last seen at.
 */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Withdraw your feedback on a file, also one that is gone; the history keeps it.")
class FeedbackRemoveCommand extends OwnFeedbackSubcommand {

    @Override
    int run() {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            return super.run();
        }
        String who = who();
        List<FeedbackWithdrawal> withdrawn;
        try (FeedbackDatabase database = openDatabase()) {
            withdrawn = new FeedbackRepository(database).withdrawAt(absolute.toString(), who);
        }
        if (withdrawn.isEmpty()) {
            throw new InvalidFeedbackException("The file " + absolute + " does not exist, and " + who.strip()
                    + " has no feedback on it to withdraw.");
        }
        out().println("Withdrew " + who.strip() + "'s feedback on " + absolute + " (the file is gone).");
        return 0;
    }

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
