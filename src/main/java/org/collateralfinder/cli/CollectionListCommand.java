package org.collateralfinder.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.collateralfinder.feedback.CollectionFiles;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FileCollections;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.model.FileCollection;
import org.collateralfinder.model.Plural;
import org.collateralfinder.search.ShownCuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code collection list [NAME]}: every collection this computer knows (yours, personal or shared, and those the team
 * shares), or one with its files in order, each where the index has it now.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Show the collections, or one collection's files in order.")
class CollectionListCommand extends CollectionCommand.CollectionSubcommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The collection to show.")
    String name;

    @Option(names = "--by", paramLabel = "NAME", description = "Whose collection, when several share one name.")
    String by;

    @Option(names = "--json", description = "Print JSON: an array of {name, description, by, mine, shared, at, files: "
            + "[{path, found, edited_since, curation}]}, or that one object with NAME.")
    boolean json;

    @Override
    int run() {
        Optional<FeedbackDatabase> stored = openDatabaseForReading();
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, ShownCuration> curated = new HashMap<>(); // marketing's word on each member, by path
        if (stored.isPresent()) {
            try (FeedbackDatabase database = stored.get()) {
                FileCollections collections = new FileCollections(database);
                List<KnownFile> indexed = indexedFiles();
                CollectionFiles now = now(collections, indexed);
                List<FileCollection> shown = name == null ? now.all() : List.of(collections.named(name, by, user()));
                for (FileCollection collection : shown) {
                    Map<String, ShownCuration> curation = curationOf(database, indexed, now.filesOf(collection));
                    curated.putAll(curation);
                    rows.add(row(collection, now, curation));
                }
            }
        } else if (name != null) {
            throw FileCollections.noneNamed(name); // nothing recorded on this computer yet
        }
        if (json(json)) {
            out().println(Json.write(name == null ? rows : rows.getFirst()));
        } else if (rows.isEmpty()) {
            out().println("There is no collection yet; make one with collection create NAME.");
        } else if (name == null) {
            rows.forEach(row -> out().println(heading(row)));
        } else {
            Map<String, Object> row = rows.getFirst();
            out().println(heading(row));
            if (row.get("description") != null) {
                out().println("    " + FeedbackListCommand.printableLine((String) row.get("description")));
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> files = (List<Map<String, Object>>) row.get("files");
            for (int i = 0; i < files.size(); i++) {
                Map<String, Object> file = files.get(i);
                out().println(String.format("%3d. ", i + 1) + CurateListCommand.path((String) file.get("path"))
                        + (Boolean.TRUE.equals(file.get("edited_since")) ? "\t(edited since it was added)" : "")
                        + (Boolean.TRUE.equals(file.get("found")) ? "" : "\t(no longer found)")
                        + (curated.containsKey((String) file.get("path")) ? "\t" + FeedbackListCommand.printableLine(
                                curated.get((String) file.get("path")).summary(path -> path)) : ""));
            }
        }
        return 0;
    }

    /** "Healthcare pitch kit	3 files	shared by maria" (yours: "shared", "personal"). */
    private static String heading(Map<String, Object> row) {
        boolean mine = Boolean.TRUE.equals(row.get("mine"));
        boolean shared = Boolean.TRUE.equals(row.get("shared"));
        return FeedbackListCommand.printableLine((String) row.get("name")) + "\t"
                + Plural.of(((List<?>) row.get("files")).size(), "file", "files") + "\t"
                + (mine ? (shared ? "shared by you" : "personal") : "shared by " + row.get("by"));
    }

    private static Map<String, Object> row(FileCollection collection, CollectionFiles now,
                                           Map<String, ShownCuration> curation) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", collection.name());
        row.put("description", collection.description());
        row.put("by", collection.author());
        row.put("mine", FileCollections.isOf(collection, user()));
        row.put("shared", collection.shared());
        row.put("at", collection.at().toString());
        List<Map<String, Object>> files = new ArrayList<>();
        for (CollectionFiles.Shown shown : now.filesOf(collection)) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("path", shown.path());
            file.put("found", shown.found());
            file.put("edited_since", shown.editedSince());
            file.put("curation", Json.curation(curation.get(shown.path()))); // null: not curated (as search's hits)
            files.add(file);
        }
        row.put("files", files);
        return row;
    }
}
