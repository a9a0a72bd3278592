package org.collateralfinder.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.collateralfinder.feedback.CurationByFile;
import org.collateralfinder.feedback.Curations;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.IndexedContents;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.model.BidiControls;
import org.collateralfinder.model.Curation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code curate list}: every curated file, as the index has it now (also one edited since it was curated, which keeps
 * its curation), then each curated content no file has, where it was curated.
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Show every curated file and its curation.")
class CurateListCommand extends FeedbackSubcommand {

    @Option(names = "--json", description = "Print a JSON array of {path, state, expires, expired, owner, replaced_by, "
            + "replacement_retired, replacement_lost, curator, at, indexed, edited_since}.")
    boolean json;

    @Override
    int run() {
        List<Map<String, Object>> rows = new ArrayList<>();
        Optional<FeedbackDatabase> stored = openDatabaseForReading();
        if (stored.isPresent()) {
            try (FeedbackDatabase database = stored.get()) {
                List<KnownFile> indexed = indexedFiles();
                CurationByFile files = new Curations(database).byFile(IndexedContents.of(indexed));
                files.all(indexed).forEach(listed -> rows.add(row(listed, files)));
            }
        }
        if (json(json)) {
            out().println(Json.write(rows));
        } else if (rows.isEmpty()) {
            out().println("Nothing is curated yet.");
        } else {
            for (Map<String, Object> row : rows) {
                out().println(row.get("state") + (Boolean.TRUE.equals(row.get("expired")) ? " (expired)" : "") + "\t"
                        + path((String) row.get("path"))
                        + (row.get("expires") == null ? "" : "\texpires " + row.get("expires"))
                        + (row.get("owner") == null ? "" : "\towner " + FeedbackListCommand.printableLine((String) row.get("owner")))
                        + (row.get("replaced_by") == null ? ""
                                : "\tuse " + path((String) row.get("replaced_by"))
                                        + (Boolean.TRUE.equals(row.get("replacement_retired")) ? " (retired too)" : ""))
                        + (Boolean.TRUE.equals(row.get("replacement_lost")) ? "\t(its replacement is no longer found)" : "")
                        + (Boolean.TRUE.equals(row.get("edited_since")) ? "\t(edited since it was curated)" : "")
                        + (Boolean.TRUE.equals(row.get("indexed")) ? "" : "\t(not in the index)"));
            }
        }
        return 0;
    }

    /** A path as the text shows it: printable, and in path order beside right-to-left folder names. */
    static String path(String path) {
        return BidiControls.inPathOrder(FeedbackListCommand.printableLine(path));
    }

    private static Map<String, Object> row(CurationByFile.Listed listed, CurationByFile files) {
        Curation curation = listed.curation();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("path", listed.path());
        row.put("state", curation.state().code());
        row.put("expires", curation.expires() == null ? null : curation.expires().toString());
        row.put("expired", curation.expired(files.today()));
        row.put("owner", curation.owner());
        // where a rep told "use X" goes now, as search says it: past replacements retired since (issue 16 re-test r23,
        // finding 2: the list named a retired file while search sent reps on to the file after it)
        CurationByFile.Replacement replacement = files.replacementNow(curation);
        row.put("replaced_by", replacement.path());
        row.put("replacement_retired", replacement.retired());
        row.put("replacement_lost", files.replacementLost(curation));
        row.put("curator", curation.curator());
        row.put("at", curation.at().toString());
        row.put("indexed", listed.indexed());
        row.put("edited_since", listed.editedSince());
        return row;
    }
}
