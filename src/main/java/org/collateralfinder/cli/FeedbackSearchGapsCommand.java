package org.collateralfinder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.feedback.InvalidFeedbackException;
import org.collateralfinder.feedback.SearchGaps;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code feedback search-gaps [on|off]}: shows whether this computer counts the searches that found nothing for the
 * team, or turns it on or off, as {@code offline budget [SIZE]} shows or sets the budget. Turning it off forgets what
 * was counted here and not shared yet.
 */
@Command(name = "search-gaps", mixinStandardHelpOptions = true,
        description = {"Shows whether the searches that found nothing are counted for the team (without names, as "
                + "weekly counts in the team folder's gaps/), or turns it on or off.",
                "On by default once there is a team folder; off forgets what was counted here and not shared yet."})
class FeedbackSearchGapsCommand extends FeedbackSubcommand {

    @Parameters(paramLabel = "on|off", arity = "0..1", description = "Turn counting on or off.")
    String value;

    @Override
    int run() {
        if (value == null) {
            FeedbackPreferences preferences = new FeedbackPreferences(dataDir.openForReading());
            out().println(state(preferences));
            return 0;
        }
        boolean on = switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new InvalidFeedbackException("Say on or off, not \"" + value + "\".");
        };
        DataDirectory dir = dataDirectory();
        FeedbackPreferences preferences = new FeedbackPreferences(dir);
        preferences.switchSearchGaps(on);
        String forgotten = on ? "" : forgetUnshared(dir);
        out().println(state(preferences) + forgotten);
        return 0;
    }

    /** What the switch says now, in one sentence or two. */
    private static String state(FeedbackPreferences preferences) {
        Optional<Path> team = preferences.teamFolder();
        if (!preferences.searchGapsSwitch()) {
            return "Searches that found nothing are not counted on this computer: you turned it off "
                    + "(feedback search-gaps on counts them again).";
        }
        if (team.isEmpty()) {
            return "Searches that found nothing are not counted: there is no team folder to share them through "
                    + "(counting starts once there is one, unless you turn it off with feedback search-gaps off).";
        }
        return "Searches that found nothing, or whose files nobody opened, copied, dragged or pinned, are counted on this "
                + "computer and shared weekly, without names, through " + team.get().resolve("gaps")
                + " (feedback search-gaps off stops it).";
    }

    /** " Forgot 3 searches counted here and not shared yet.", or what keeps them from being forgotten now. */
    private String forgetUnshared(DataDirectory dir) {
        if (!Files.exists(Path.of(dir.feedbackDatabase() + ".mv.db"))) {
            return "";
        }
        try (FeedbackDatabase database = openDatabase()) {
            int forgotten = new SearchGaps(database).forgetUnshared();
            return forgotten == 0 ? "" : " Forgot " + Plural.of(forgotten, "search", "searches")
                    + " counted here and not shared yet.";
        } catch (CollateralException e) {
            return " What was counted here and not shared yet is forgotten at the next sync instead of now: "
                    + e.userMessage();
        }
    }
}
