package org.collateralfinder.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.feedback.SavedSearches;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.model.DealContext;
import org.collateralfinder.model.PageHit;
import org.collateralfinder.model.Plural;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.search.FeedbackFilters;
import org.collateralfinder.search.FoundCollection;
import org.collateralfinder.search.SavedSearchService;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code saved}: the searches saved with {@code search --save NAME} (or in the window), each with how many files are
 * new or changed since it was last opened. A group of its own rather than {@code search save}: {@code search} takes
 * any words, and "save" or "open" are words reps search for.
 */
@Command(name = "saved", mixinStandardHelpOptions = true,
        description = "Your saved searches (search --save NAME QUERY saves one), with what is new or changed since you "
                + "last opened each.",
        subcommands = {SavedCommand.ListSaved.class, SavedCommand.OpenSaved.class, SavedCommand.RemoveSaved.class})
public final class SavedCommand extends CommandGroup {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Mixin
    GroupJson groupJson;

    /** What the subcommands share: the index, the feedback database and the saved searches in it. */
    abstract static class SavedSubcommand extends DataDirCommand {

        /** The work, given the saved searches over the index as it is. */
        interface Work {
            int run(SavedSearchService saved, SearchService search, DataDirectory dir);
        }

        /** Runs {@code work} with the database opened for writing ({@code write}) or read-only. */
        int with(boolean write, Work work) {
            DataDirectory dir = write ? dataDir.open() : dataDir.openForReading();
            Optional<FeedbackDatabase> stored = write ? Optional.of(FeedbackDatabase.open(dir))
                    : FeedbackDatabase.openForReading(dir);
            if (stored.isEmpty()) {
                return work.run(null, null, dir);
            }
            try (FeedbackDatabase database = stored.get();
                 IndexService index = IndexService.openForReading(dir.indexDir())) {
                SearchService search = new SearchService(index, new FeedbackFilters(new FeedbackRepository(database)));
                return work.run(new SavedSearchService(() -> search, new SavedSearches(database)), search, dir);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists your saved searches with how many files each matches, and how many are new or changed "
                    + "since you last opened it.")
    static final class ListSaved extends SavedSubcommand {
        @Option(names = "--json", description = "Print the saved searches as a JSON array.")
        boolean json;

        @Override
        int run(PrintWriter out) {
            boolean asJson = GroupJson.requested(spec, json);
            return with(false, (saved, search, dir) -> {
                List<SavedSearchService.Listed> all = saved == null ? List.of() : saved.list();
                if (asJson) {
                    out.println(Json.write(SavedJson.list(all)));
                    return 0;
                }
                if (all.isEmpty()) {
                    out.println("No saved searches yet; save one with search --save NAME QUERY.");
                    return 0;
                }
                for (SavedSearchService.Listed listed : all) {
                    String since = listed.since().isEmpty() ? "nothing new" : listed.since().badge();
                    out.println(FeedbackListCommand.printableLine(listed.search().name()) + "  " + since + "  ("
                            + Plural.of(listed.matching(), "file", "files") + "; last opened "
                            + WHEN.format(listed.search().openedAt().atZone(ZoneId.systemDefault())) + ")");
                    out.println("    " + FeedbackListCommand.printableLine(SavedJson.describe(listed.search())));
                }
                return 0;
            });
        }
    }

    @Command(name = "open", mixinStandardHelpOptions = true,
            description = "Runs a saved search, marks the files new or changed since you last opened it, and counts "
                    + "from now on.")
    static final class OpenSaved extends SavedSubcommand {
        @Parameters(paramLabel = "NAME", description = "The saved search (its name, in any case).")
        String name;

        @Option(names = "--json", description = "Print the result as one JSON object (a search's, with the saved search).")
        boolean json;

        @Option(names = "--limit", paramLabel = "N", description = "Most hits to show (default: ${DEFAULT-VALUE}).")
        BigInteger limit = BigInteger.TEN;

        @Override
        int run(PrintWriter out) {
            boolean asJson = GroupJson.requested(spec, json);
            int shown = limit.max(BigInteger.ONE).min(BigInteger.valueOf(SearchRequest.MAX_LIMIT)).intValue();
            return with(true, (saved, search, dir) -> {
                SavedSearchService.Opened opened = saved.open(name, shown);
                SearchResult result = opened.result();
                SearchRequest request = SavedSearchService.request(opened.search(), shown);
                Map<String, List<PageHit>> pageHits = search.pageHits(request, SearchCommand.paths(result));
                Map<String, List<String>> collectionsOf = search.collectionsOf(result.hits());
                List<FoundCollection> collections = search.collectionsMatching(request.query());
                if (asJson) {
                    Map<String, Object> answer = Json.searchResult(result, SearchCommand.availability(dir),
                            search.feedbackOf(result.hits()), pageHits, search.curationOf(result.hits()),
                            DealContext.none(), Map.of(), collectionsOf, collections);
                    Map<String, Object> about = SavedJson.search(opened.search());
                    SavedJson.since(about, opened.since());
                    answer.put("saved", about);
                    out.println(Json.write(answer));
                    return 0;
                }
                out.println("\u201c" + FeedbackListCommand.printableLine(opened.search().name()) + "\u201d: "
                        + opened.since().sentence());
                Map<String, String> marks = new HashMap<>();
                opened.since().added().forEach(path -> marks.put(path, "new since you last opened it"));
                opened.since().changed().forEach(path -> marks.put(path, "changed since you last opened it"));
                SearchCommand.printHuman(out, result, null, pageHits, search.curationOf(result.hits()), Map.of(),
                        collectionsOf, collections, marks);
                return 0;
            });
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Forgets a saved search.")
    static final class RemoveSaved extends SavedSubcommand {
        @Parameters(paramLabel = "NAME", description = "The saved search (its name, in any case).")
        String name;

        @Override
        int run(PrintWriter out) {
            return with(true, (saved, search, dir) -> {
                String shown = saved.find(name).name();
                saved.remove(name);
                out.println("Forgot the saved search \u201c" + FeedbackListCommand.printableLine(shown) + "\u201d.");
                return 0;
            });
        }
    }
}
