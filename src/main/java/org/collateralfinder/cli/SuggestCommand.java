package org.collateralfinder.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SuggestionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "suggest", mixinStandardHelpOptions = false,
        description = "Suggests what the search box offers for the text typed so far: completions of the last word, then titles.")
public final class SuggestCommand extends DataDirCommand {

    /** --help only: no -h, so a query word such as -history excludes "history" instead of asking for help. */
    @Option(names = "--help", usageHelp = true, description = "Show this help message and exit.")
    boolean help;


    @Option(names = "--json", description = "Print the suggestions as one JSON object.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "Most suggestions (default: ${DEFAULT-VALUE}).")
    BigInteger limit = BigInteger.valueOf(8); // any size: more than 10,000 is read as 10,000

    @Option(names = "--rebuild", description = "Rebuild the suggestions from the index first (indexing does this).")
    boolean rebuild;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "What was typed so far.")
    List<String> words = new ArrayList<>();

    @Override
    int run(PrintWriter out) {
        if (limit.signum() < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1 (it was " + limit + ").");
        }
        DataDirectory dir = dataDir.openForReading();
        String typed = String.join(" ", words);
        try (IndexService index = IndexService.openForReading(dir.indexDir());
             SuggestionService suggestions = new SuggestionService(index, dir.cacheDir().resolve(SuggestionService.FOLDER))) {
            if (rebuild || !suggestions.isReady()) {
                suggestions.rebuild();
            }
            long start = System.nanoTime();
            List<SuggestionService.Suggestion> found = suggestions.suggestions(typed, limit.min(BigInteger.valueOf(SearchRequest.MAX_LIMIT)).intValue());
            double tookMs = Math.round((System.nanoTime() - start) / 1_000.0) / 1_000.0;
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("typed", typed);
                o.put("took_ms", tookMs);
                List<Map<String, Object>> list = new ArrayList<>();
                for (SuggestionService.Suggestion s : found) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("text", s.text());
                    m.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
                    list.add(m);
                }
                o.put("suggestions", list);
                out.println(Json.write(o));
            } else {
                found.forEach(s -> out.println(s.text()));
            }
        }
        return 0;
    }
}
