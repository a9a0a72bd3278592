package org.collateralfinder.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.feedback.FeedbackResponse;
import org.collateralfinder.feedback.FeedbackResponses;
import org.collateralfinder.feedback.InvalidFeedbackException;
import org.collateralfinder.feedback.ResponseStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code feedback respond FILE}: marketing answers a rep's feedback on a file (or everyone's), and the answer
 * goes to the rep through the team folder at the next sync.
 */
@Command(name = "respond", mixinStandardHelpOptions = true,
        description = "Answer the feedback on a file (marketing: whoever may write the team folder's responses/).")
class FeedbackRespondCommand extends FeedbackSubcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The file whose feedback is answered (found by its content).")
    Path file;

    @Option(names = "--user", paramLabel = "REP", description = "Only this rep's feedback (default: everyone's on the file).")
    String rep;

    @Option(names = "--status", required = true, paramLabel = "STATUS",
            description = "acknowledged, addressed or wont-change.")
    String status;

    @Option(names = "--note", required = true, paramLabel = "TEXT", description = "What marketing says (the rep reads it).")
    String note;

    @Option(names = "--fixed-by", paramLabel = "FILE", description = "For addressed: the file that fixes it.")
    Path fixedBy;

    @Option(names = "--by", paramLabel = "NAME", description = "Who answers (default: your login name).")
    String by;

    @Override
    int run() {
        TargetFile target = identify(file);
        ResponseStatus answered = ResponseStatus.of(status);
        Optional<TargetFile> fix = Optional.ofNullable(fixedBy).map(this::identifyFix);
        DataDirectory dataDirectory = dataDirectory();
        Path teamFolder = new FeedbackPreferences(dataDirectory).teamFolder().orElseThrow(() -> new InvalidFeedbackException(
                "No team folder is set, and answers travel through it; set it with feedback sync --team-folder DIR."));
        List<FeedbackResponse> given;
        try (FeedbackDatabase database = openDatabase()) {
            given = new FeedbackResponses(database).respond(new FeedbackResponses.Answer(target.asKnown(),
                    Optional.ofNullable(rep), answered, note, fix.map(TargetFile::path).orElse(null),
                    fix.map(TargetFile::contentHash).orElse(null),
                    by != null ? by : System.getProperty("user.name")),
                    byFile(new FeedbackRepository(database), target), teamFolder);
        }
        out().println("Answered " + (given.size() == 1 ? given.getFirst().rep() + "'s feedback" : given.size() + " reps' feedback")
                + " on " + target.path() + ": " + answered.label() + ". It reaches them at the next sync.");
        return 0;
    }
}
