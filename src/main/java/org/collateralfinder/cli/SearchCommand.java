package org.collateralfinder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.feedback.DealEvidence;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.feedback.SavedSearches;
import org.collateralfinder.feedback.SearchGaps;
import org.collateralfinder.index.IndexReport;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.IndexedPaths;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.DealContext;
import org.collateralfinder.model.PageHit;
import org.collateralfinder.model.Plural;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.model.Snippet;
import org.collateralfinder.offline.OfflineStore;
import org.collateralfinder.search.FeedbackFilters;
import org.collateralfinder.search.FoundCollection;
import org.collateralfinder.search.GapQueries;
import org.collateralfinder.search.SavedSearchService;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.search.SearchWarmUp;
import org.collateralfinder.search.ShownCuration;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceAvailability;
import org.collateralfinder.sources.SourceRegistry;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = false,
        description = {"Searches the index.",
                "Words are AND-ed; use \"phrases\", OR, -word, prefix*, title:, author:, type:pdf, ext:pptx, path:, "
                        + "modified:[2024-01 TO 2024-12], size:<5mb.",
                "A misspelled word no file contains finds its close spellings; identical files and versions of a "
                        + "document are one hit."})
public final class SearchCommand extends DataDirCommand {

    /** --help only: no -h, so a query word such as -history excludes "history" instead of asking for help. */
    @Option(names = "--help", usageHelp = true, description = "Show this help message and exit.")
    boolean help;


    @Option(names = "--json", description = "Print the result as one JSON object (with --batch: one per line).")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "Most hits to show (default: ${DEFAULT-VALUE}).")
    BigInteger limit = BigInteger.TEN; // any size: more than 10,000 is read as 10,000

    @Option(names = "--batch", paramLabel = "FILE", description = "Run one query per line of FILE, all in this process.")
    Path batch;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only files of this type (pdf, presentation, document...); repeatable.")
    List<String> types = new ArrayList<>();

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance (default), newest or name.")
    String sort = "relevance";

    @Option(names = "--size", paramLabel = "SIZE", description = "Only files of this size: under-1mb, 1-10mb, over-10mb; repeatable.")
    List<String> sizes = new ArrayList<>();

    @Option(names = "--year", paramLabel = "YEAR", description = "Only files modified in this year; repeatable.")
    List<String> years = new ArrayList<>();

    @Option(names = "--as-you-type", description = "Match the last word as the start of a word too (pric finds pricing), "
            + "as the search box does. Off by default: a command-line query is complete.")
    boolean asYouType;

    @Option(names = "--like", paramLabel = "PATH", description = "Find files similar in content to this indexed file "
            + "(the file itself and its copies left out); words, if any, narrow them.")
    Path like;

    @Option(names = "--save", paramLabel = "NAME", description = "Save this search (query, filters, order) under NAME "
            + "too; saved lists your saved searches with what is new or changed since you last opened each.")
    String save;

    @Option(names = "--context", paramLabel = "DEAL", description = "The deal you are working on, e.g. "
            + "industry=healthcare,stage=proposal,competitor=Acme (any of them): files that worked in deals like it, "
            + "by the team's feedback, rank higher, and each hit says why.")
    String context;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "What to search for.")
    List<String> words = new ArrayList<>();

    /** The hits to show: --limit, read as at most {@link SearchRequest#MAX_LIMIT}. */
    private int shownLimit() {
        return limit.min(BigInteger.valueOf(SearchRequest.MAX_LIMIT)).intValue();
    }

    @Override
    int run(PrintWriter out) throws IOException {
        boolean filtersOnly = save != null && !(types.isEmpty() && sizes.isEmpty() && years.isEmpty());
        if (batch == null && words.isEmpty() && like == null && !filtersOnly) {
            throw new CollateralException("Say what to search for, e.g. search pricing deck.");
        }
        if (batch != null && !words.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch reads the queries from " + batch
                    + "; give no query words with it (here: " + String.join(" ", words) + ").");
        }
        if (save != null && (batch != null || like != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--save saves one search of words and filters; "
                    + "it takes neither --batch nor --like.");
        }
        if (limit.signum() < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1 (it was " + limit + ").");
        }
        DealContext deal = DealContext.parse(context);
        DataDirectory dir = dataDir.openForReading();
        SearchRequest.Order order = switch (sort.toLowerCase(Locale.ROOT)) {
            case "newest", "date" -> SearchRequest.Order.NEWEST;
            case "name" -> SearchRequest.Order.NAME;
            case "relevance" -> SearchRequest.Order.RELEVANCE;
            default -> throw new CollateralException("Sort by relevance, newest or name, not \"" + sort + "\".");
        };
        Map<String, List<String>> filters = new LinkedHashMap<>();
        if (!types.isEmpty()) {
            filters.put("type", types);
        }
        if (!sizes.isEmpty()) {
            filters.put("size", sizes);
        }
        if (!years.isEmpty()) {
            filters.put("year", years);
        }
        String foundNothing = null; // a query typed here that found nothing: counted for the team once this is done
        try (IndexService index = IndexService.openForReading(dir.indexDir());
             FeedbackDatabase feedbackDb = save != null ? FeedbackDatabase.open(dataDir.open()) : openFeedback(dir)) {
            FeedbackFilters feedback = feedbackDb == null ? null : new FeedbackFilters(new FeedbackRepository(feedbackDb));
            SearchService search = feedback == null ? new SearchService(index) : new SearchService(index, feedback);
            Json.Availability availability = availability(dir);
            if (batch != null) {
                SearchWarmUp.run(search, index); // as the window does when the index opens
                return runBatch(search, out, filters, order, availability, deal);
            }
            String likePath = like == null ? null : like.toAbsolutePath().normalize().toString();
            SearchRequest request = new SearchRequest(String.join(" ", words), shownLimit(), filters, order, asYouType,
                    likePath, deal);
            SearchResult result = search.search(request);
            Map<String, List<PageHit>> pageHits = search.pageHits(request, paths(result));
            SavedSearchService.Saved saved = save == null ? null : new SavedSearchService(() -> search,
                    new SavedSearches(feedbackDb)).save(save, request.query(), filters, order.name().toLowerCase(Locale.ROOT),
                    asYouType);
            Map<String, DealEvidence> evidence = search.dealEvidenceOf(result.hits(), deal);
            List<FoundCollection> collections = search.collectionsMatching(request.query());
            if (json) {
                Map<String, Object> answer = Json.searchResult(result, availability, search.feedbackOf(result.hits()),
                        pageHits, search.curationOf(result.hits()), deal, evidence, search.collectionsOf(result.hits()),
                        collections);
                if (saved != null) {
                    answer.put("saved", SavedJson.saved(saved));
                }
                out.println(Json.write(answer));
            } else {
                if (!deal.isEmpty() && feedback == null) {
                    spec.commandLine().getErr().println("No feedback has been given on this computer yet, so the deal ("
                            + deal.label() + ") changes nothing.");
                }
                printHuman(out, result, likePath, pageHits, search.curationOf(result.hits()), evidence,
                        search.collectionsOf(result.hits()), collections, Map.of());
                if (saved != null) {
                    out.println();
                    out.println(SavedJson.savedSentence(saved));
                }
                // a collection answering it (printed under the count) is something found
                if (result.total() == 0 && collections.isEmpty() && likePath == null && feedbackDb != null) {
                    foundNothing = GapQueries.withFilters(request.query(), filters);
                }
            }
        }
        if (foundNothing != null) {
            countSearchThatFoundNothing(dir, foundNothing);
        }
        return 0;
    }

    /**
     * Counts a search a person typed here and that found nothing, for marketing's report, when this computer counts
     * them ({@link FeedbackPreferences#sharesSearchGaps}): {@code search} without {@code --json}, {@code --batch} or
     * {@code --like}, which scripts use. Only searches that found nothing: what a person does with the files a
     * command line lists cannot be seen. Counting never fails the search; the feedback database is opened for it only
     * when reading it worked (not while the window holds it).
     */
    private void countSearchThatFoundNothing(DataDirectory dir, String query) {
        try {
            FeedbackPreferences preferences = new FeedbackPreferences(dir);
            if (!preferences.sharesSearchGaps()) {
                return; // the database is not opened for writing when nothing is counted
            }
            try (FeedbackDatabase database = FeedbackDatabase.open(dataDir.open())) {
                GapQueries.countIfShared(preferences, () -> new SearchGaps(database), query, true);
            }
        } catch (CollateralException e) {
            // the logger asked for here, not in a static field: the log file's place is known once --data-dir is read
            LoggerFactory.getLogger(SearchCommand.class).warn("The search that found nothing could not be counted: {}",
                    e.userMessage(), e.getCause());
        }
    }

    /** Whether hits can be opened now, as the window's rows say it (and whether a pinned copy exists). */
    static Json.Availability availability(DataDirectory dir) {
        SourceAvailability sources = new SourceAvailability(new SourceRegistry(dir.sourcesFile())::list,
                () -> IndexReport.read(dir.root()).sourcesKeepingUnseenFiles(), new Reachability(),
                Duration.ofHours(1).toMillis()); // one check per source for the whole command
        OfflineStore offline = new OfflineStore(dir.offlineDir(), dir.settingsFile("offline"))
                .followingAliases(new SourceRegistry(dir.sourcesFile())::list);
        return new Json.Availability() {
            @Override
            public boolean available(SearchHit hit) {
                return sources.isAvailable(hit.source(), hit.path());
            }

            @Override
            public boolean offlineCopy(SearchHit hit) {
                return IndexedPaths.keptOffline(hit.path(), path -> offline.copyFor(path).isPresent()); // a member's: its archive's
            }
        };
    }

    /** The feedback store, read-only, when there is one (tag:, rating:, commented: and the feedback factor need it). */
    private FeedbackDatabase openFeedback(DataDirectory dir) {
        try {
            return FeedbackDatabase.openForReading(dir).orElse(null);
        } catch (CollateralException e) {
            spec.commandLine().getErr().println(e.userMessage() + " Searching without the team's feedback.");
            return null;
        }
    }

    private int runBatch(SearchService search, PrintWriter out, Map<String, List<String>> filters, SearchRequest.Order order,
                         Json.Availability availability, DealContext deal) {
        List<String> queries;
        try {
            queries = Files.readAllLines(batch, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CollateralException("The query file " + batch + " could not be read: " + CollateralException.why(e) + ".", e);
        }
        int failures = 0;
        for (String q : queries) {
            if (q.isBlank()) {
                // its own answer, so answers stay in step with the lines
                Map<String, Object> o = noAnswer(q, deal);
                o.put("message", "The line is empty: there is nothing to search for.");
                out.println(json ? Json.write(o) : q + "\t0\t0 ms");
                continue;
            }
            try {
                SearchRequest request = new SearchRequest(q, shownLimit(), filters, order, asYouType, null, deal);
                SearchResult result = search.search(request);
                out.println(json ? Json.write(Json.searchResult(result, availability, search.feedbackOf(result.hits()),
                        search.pageHits(request, paths(result)), search.curationOf(result.hits()), deal,
                        search.dealEvidenceOf(result.hits(), deal), search.collectionsOf(result.hits()),
                        search.collectionsMatching(q)))
                        : q + "\t" + result.total() + "\t" + result.tookMs() + " ms");
            } catch (CollateralException e) {
                failures++;
                Map<String, Object> o = noAnswer(q, deal);
                o.put("error", e.userMessage());
                out.println(json ? Json.write(o) : q + "\t" + e.userMessage());
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    /** A line's answer without a search: the shape of every answer, nothing found. */
    private static Map<String, Object> noAnswer(String query, DealContext deal) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("query", query);
        o.put("total", 0);
        o.put("took_ms", 0);
        o.put("hits", List.of());
        Map<String, Object> facets = new LinkedHashMap<>();
        for (String facet : List.of("modified", "source", "type", "size", "year")) { // as a search's facets
            facets.put(facet, Map.of());
        }
        o.put("facets", facets);
        o.put("context", Json.deal(deal));
        o.put("collections", List.of());
        return o;
    }

    /** A snippet as a terminal shows it: matches in bold where it can. */
    private static String printableSnippet(String snippet, boolean ansi) {
        StringBuilder s = new StringBuilder();
        for (Snippet.Run run : Snippet.runs(snippet)) {
            String text = FeedbackListCommand.printable(run.text());
            s.append(ansi && run.match() ? "\u001b[1m" + text + "\u001b[0m" : text);
        }
        return s.toString();
    }

    static List<String> paths(SearchResult result) {
        return result.hits().stream().map(SearchHit::path).toList();
    }

    /** @param marks a line to say under a hit's path, by path ("new since you last opened it") */
    static void printHuman(PrintWriter out, SearchResult r, String likePath, Map<String, List<PageHit>> pageHits,
                           Map<String, ShownCuration> curation, Map<String, DealEvidence> evidence,
                           Map<String, List<String>> collectionsOf, List<FoundCollection> collections,
                           Map<String, String> marks) {
        boolean ansi = System.console() != null;
        String what = likePath == null ? "\"" + r.query() + "\""
                : r.query().isBlank() ? "like " + likePath : "\"" + r.query() + "\" and are like " + likePath;
        if (likePath != null && r.query().isBlank()) {
            out.printf("%,d %s %s (%.1f ms)%n", r.total(), r.total() == 1 ? "file is" : "files are", what, r.tookMs());
        } else {
            out.printf("%,d %s %s (%.1f ms)%n", r.total(), r.total() == 1 ? "file matches" : "files match", what, r.tookMs());
        }
        if (r.message() != null) {
            out.println(r.message());
        }
        for (FoundCollection found : collections) { // a kit named so is what the rep may be looking for
            out.println("Collection \"" + FeedbackListCommand.printableLine(found.collection().name()) + "\" ("
                    + found.collection().author() + ", " + Plural.of(found.foundPaths().size(), "file", "files")
                    + "): collection list " + ShellWord.of(FeedbackListCommand.printableLine(found.collection().name()))
                    + " shows them.");
        }
        int i = 1;
        for (SearchHit h : r.hits()) {
            out.printf("%n%2d. %s  [%s]%n    %s%n", i++, FeedbackListCommand.printableLine(h.title()), h.type(),
                    FeedbackListCommand.printableLine(h.path()));
            if (marks.containsKey(h.path())) {
                out.println("    " + marks.get(h.path()));
            }
            ShownCuration curated = curation.get(h.path());
            if (curated != null) { // marketing's word first: a rep on the command line is warned as in the window
                out.println("    " + FeedbackListCommand.printableLine(curated.summary(UnaryOperator.identity())));
            }
            DealEvidence deal = evidence.get(h.path());
            if (deal != null) {
                out.println("    " + FeedbackListCommand.printableLine(
                        Character.toUpperCase(deal.reason().charAt(0)) + deal.reason().substring(1) + "."));
            }
            for (String name : collectionsOf.getOrDefault(h.path(), List.of())) {
                out.println("    in the collection \"" + FeedbackListCommand.printableLine(name) + "\"");
            }
            if (h.snippet() != null && !h.snippet().isBlank()) {
                out.println("    " + printableSnippet(h.snippet(), ansi));
            }
            for (PageHit page : pageHits.getOrDefault(h.path(), List.of())) {
                out.println("    " + page.label(h.type(), h.pages()) + ": " + printableSnippet(page.snippet(), ansi));
            }
            for (String copy : h.duplicates()) {
                out.println("    also at " + FeedbackListCommand.printableLine(copy));
            }
            for (String newer : h.newerVersions()) {
                out.println("    newer version " + FeedbackListCommand.printableLine(newer));
            }
            for (String older : h.versions()) {
                out.println("    older version " + FeedbackListCommand.printableLine(older));
            }
        }
    }
}
