package org.collateralfinder.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.feedback.InvalidFeedbackException;
import org.collateralfinder.feedback.SyncResult;
import org.collateralfinder.feedback.TeamFolderSync;
import org.collateralfinder.model.RealPaths;
import org.collateralfinder.sources.SourceRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code feedback sync}: publishes this computer's feedback to the team folder and merges everyone's. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Publish your feedback to the team folder and merge your teammates' now.")
class FeedbackSyncCommand extends FeedbackSubcommand {

    @Option(names = "--team-folder", paramLabel = "DIR",
            description = "The shared folder (remembered for next time once a sync reached it), "
                    + "e.g. <source>/.collateral-feedback.")
    Path teamFolder;

    @Option(names = "--json", description = "Print what the sync did as JSON.")
    boolean json;

    @Override
    int run() {
        json = json(json);
        DataDirectory dataDirectory = dataDirectory();
        FeedbackPreferences preferences = new FeedbackPreferences(dataDirectory);
        Path folder = teamFolder;
        if (folder == null) {
            folder = preferences.teamFolder().orElseThrow(() -> new InvalidFeedbackException(
                    "No team folder is set; give one with --team-folder DIR."));
        } else {
            folder = folder.toAbsolutePath().normalize(); // said and remembered as the folder it is
            if (RealPaths.asFarAsItExists(folder).startsWith(RealPaths.asFarAsItExists(dataDirectory.root()))) {
                throw new InvalidFeedbackException(folder + " is inside this computer's data folder "
                        + dataDirectory.root() + "; the team folder must be a folder the team shares.");
            }
        }
        SyncResult result;
        try (FeedbackDatabase database = FeedbackDatabase.open(dataDirectory)) {
            TeamFolderSync sync = new TeamFolderSync(database, Clock.systemDefaultZone(), preferences::sharesSearchGaps);
            result = teamFolder == null ? sync.sync(folder) : sync.syncWithChosen(folder, preferences,
                    new SourceRegistry(dataDirectory.sourcesFile()).list().stream()
                            .flatMap(SourceRegistry.SourceFolder::places).toList());
        }
        if (json) {
            out().println(FeedbackJson.write(FeedbackJson.syncResult(result)));
        }
        if (!result.reachable()) {
            err().println(result.folderSentence());
            return FAILED;
        }
        result.warnings().forEach(warning -> err().println("Warning: " + warning));
        if (!result.writable()) { // what the folder holds was merged all the same (--json counts it)
            err().println(result.folderSentence());
            return FAILED;
        }
        if (!json) {
            if (!result.folderSentence().isEmpty()) { // made now, or its lost marker written again
                out().println(result.folderSentence());
            }
            out().println("Published " + entries(result.published()) + " and merged " + result.merged() + " new "
                    + (result.merged() == 1 ? "one" : "ones") + " from " + result.logsRead() + " changed "
                    + (result.logsRead() == 1 ? "log" : "logs") + " in " + result.folder() + "." + answers(result)
                    + moved(result.curationsPublished(), result.curationsMerged(), "curation", "curations",
                            " from marketing")
                    + moved(result.collectionsPublished(), result.collectionsMerged(), "version of a shared collection",
                            "versions of shared collections", "")
                    + moved(result.searchGapsPublished(), result.searchGapsMerged(),
                            "weekly count of a search that found nothing", "weekly counts of searches that found nothing", "")
                    + (result.skippedLines() > 0 ? " Skipped " + result.skippedLinesText() + " (the warnings say why)." : ""));
        }
        return 0;
    }

    /** " Published 1 answer and merged 2 new ones from marketing.", or "" when no answer moved. */
    private static String answers(SyncResult result) {
        int published = result.answersPublished();
        int merged = result.answersMerged();
        String mergedText = merged + " new " + (merged == 1 ? "answer" : "answers") + " from marketing";
        if (published > 0) {
            return " Published " + published + (published == 1 ? " answer" : " answers")
                    + (merged > 0 ? " and merged " + mergedText : "") + ".";
        }
        return merged > 0 ? " Merged " + mergedText + "." : "";
    }

    /**
     * " Published 1 curation and merged 2 new ones.", " Merged 2 new curations from marketing." (what came from whom),
     * or "" when none moved either way: curations, versions of shared collections and the weekly counts of the searches
     * that found nothing each say what moved.
     */
    static String moved(int published, int merged, String one, String many, String from) {
        if (published > 0) {
            return " Published " + published + " " + (published == 1 ? one : many)
                    + (merged > 0 ? " and merged " + merged + " new " + (merged == 1 ? "one" : "ones") + from : "") + ".";
        }
        return merged > 0 ? " Merged " + merged + " new " + (merged == 1 ? one : many) + from + "." : "";
    }

    private static String entries(int count) {
        return count + (count == 1 ? " entry" : " entries");
    }
}
