package org.collateralfinder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackLimits;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.feedback.InvalidFeedbackException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code feedback add FILE}: records (or changes) your feedback on a file. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Record your feedback on a file in a source; it replaces your earlier feedback on the same content.")
class FeedbackAddCommand extends OwnFeedbackSubcommand {

    @Option(names = "--tag", paramLabel = "TAG",
            description = "A tag, repeatable: worked, \"didn't land\", outdated, \"customer asked\", \"needs update\" or your own.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--rating", paramLabel = "N", description = "1 (poor) to 5 (great).")
    String rating; // read by FeedbackLimits, so any number (also 99999999999) gets the same sentence

    @Option(names = "--comment", paramLabel = "TEXT", description = "Up to 10,000 characters, kept as written.")
    String comment;

    @Option(names = "--stage", paramLabel = "STAGE", description = "Deal stage, e.g. discovery.")
    String stage;

    @Option(names = "--industry", paramLabel = "INDUSTRY", description = "Industry, e.g. healthcare.")
    String industry;

    @Override
    int run(TargetFile target, String who) {
        FeedbackEntry entry = FeedbackEntry.create(target.contentHash(), target.path(), who, tags,
                FeedbackLimits.parseRating(rating), comment, stage, industry);
        dataDir.registry().outsideEverySource(Path.of(target.path())).ifPresent(why -> {
            throw new InvalidFeedbackException(why);
        });
        FeedbackEntry stored;
        try (FeedbackDatabase database = openDatabase()) {
            stored = new FeedbackRepository(database).add(entry);
        }
        out().println("Saved " + stored.user() + "'s feedback on " + target.path() + " (" + stored.id() + ").");
        return 0;
    }
}
