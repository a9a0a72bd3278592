package org.collateralfinder.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.collateralfinder.feedback.Curations;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.model.Curation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code curate list}: every curated file, as the index has it now (a curated content no file has: where it was curated). */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Show every curated file and its curation.")
class CurateListCommand extends FeedbackSubcommand {

    @Option(names = "--json", description = "Print a JSON array of {path, state, expires, expired, owner, replaced_by, "
            + "curator, at, indexed}.")
    boolean json;

    @Override
    int run() {
        List<Map<String, Object>> rows = new ArrayList<>();
        Optional<FeedbackDatabase> stored = openDatabaseForReading();
        if (stored.isPresent()) {
            try (FeedbackDatabase database = stored.get()) {
                Curations curations = new Curations(database);
                Map<String, Curation> current = curations.current();
                List<KnownFile> indexed = indexedFiles();
                Set<String> shown = new HashSet<>();
                for (KnownFile file : indexed) { // sorted by path
                    Curation curation = current.get(file.contentHash());
                    if (curation != null) {
                        rows.add(row(file.path(), curation, curations, indexed, true));
                        shown.add(file.contentHash());
                    }
                }
                for (Curation curation : current.values()) {
                    if (!shown.contains(curation.contentHash())) {
                        rows.add(row(curation.path(), curation, curations, indexed, false));
                    }
                }
            }
        }
        if (json(json)) {
            out().println(Json.write(rows));
        } else if (rows.isEmpty()) {
            out().println("Nothing is curated yet.");
        } else {
            for (Map<String, Object> row : rows) {
                out().println(row.get("state") + (Boolean.TRUE.equals(row.get("expired")) ? " (expired)" : "") + "\t"
                        + FeedbackListCommand.printableLine((String) row.get("path"))
                        + (row.get("expires") == null ? "" : "\texpires " + row.get("expires"))
                        + (row.get("owner") == null ? "" : "\towner " + FeedbackListCommand.printableLine((String) row.get("owner")))
                        + (row.get("replaced_by") == null ? ""
                                : "\tuse " + FeedbackListCommand.printableLine((String) row.get("replaced_by")))
                        + (Boolean.TRUE.equals(row.get("indexed")) ? "" : "\t(not in the index)"));
            }
        }
        return 0;
    }

    private static Map<String, Object> row(String path, Curation curation, Curations curations, List<KnownFile> indexed,
                                           boolean inIndex) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("path", path);
        row.put("state", curation.state().code());
        row.put("expires", curation.expires() == null ? null : curation.expires().toString());
        row.put("expired", curation.expired(curations.today()));
        row.put("owner", curation.owner());
        row.put("replaced_by", replacementNow(curation, indexed));
        row.put("curator", curation.curator());
        row.put("at", curation.at().toString());
        row.put("indexed", inIndex);
        return row;
    }

    /** Where the replacement is in the index now (found by its content), else as the curator named it. */
    private static String replacementNow(Curation curation, List<KnownFile> indexed) {
        if (curation.replacedByHash() == null) {
            return curation.replacedBy();
        }
        List<String> now = indexed.stream().filter(file -> file.contentHash().equals(curation.replacedByHash()))
                .map(KnownFile::path).toList();
        return now.isEmpty() || now.contains(curation.replacedBy()) ? curation.replacedBy() : now.getFirst();
    }
}
