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
 * gone (deleted, replaced by a folder, or on a share that is not mounted) is known by the content the index holds
 * for it; one the index no longer holds either, by the path your feedback on it was last seen at.
 */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Withdraw your feedback on a file, also one that is gone; the history keeps it.")
class FeedbackRemoveCommand extends OwnFeedbackSubcommand {

    @Override
    int run() {
        Path absolute = file.toAbsolutePath().normalize();
        TargetFile target;
        try {
            target = identify(file); // also a file gone from disk that the index still holds: by the content it had
        } catch (NoFileThere noFile) {
            return withdrawAtPath(absolute, indexedPath(file), noFile);
        }
        return run(target, who());
    }

    /**
     * Withdraws the rep's feedback given at (or last seen at) the path of a file that is gone; when there is none, a
     * folder at the path is refused as such.
     */
    private int withdrawAtPath(Path absolute, String path, NoFileThere noFile) {
        String who = who();
        List<FeedbackWithdrawal> withdrawn;
        try (FeedbackDatabase database = openDatabase()) {
            withdrawn = new FeedbackRepository(database).withdrawAt(path, who);
        }
        if (withdrawn.isEmpty() && Files.exists(absolute)) {
            throw noFile; // a folder, which takes no feedback
        }
        if (withdrawn.isEmpty()) {
            throw new InvalidFeedbackException("The file " + absolute + " does not exist, and " + who.strip()
                    + " has no feedback on it to withdraw.");
        }
        out().println("Withdrew " + who.strip() + "'s feedback on " + path + " (the file is gone).");
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
