package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.lucene.index.Term;
import org.collateralfinder.index.CorpusLoader;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.IndexedFile;
import org.collateralfinder.model.PageHit;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.testing.SharedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's slide-level set: queries made from text found on one slide only ({@link SlideQueries}, from the
 * real decks of the shared corpus), searched over the whole corpus as the window and the command line search;
 * a query succeeds when its deck is the first hit and its slide the first of that hit's page hits. Prints the
 * share (the target is 0.9) and each miss; the set is written to target/slide-queries.tsv.
 */
@Tag("slow")
class SlideRelevanceTest {

    /** Queries in the set: one per deck, the first decks by path. */
    static final int QUERIES = 20;
    /**
     * The share reached: the right slide first for 20 of 20 queries since passages stop at slide starts and a
     * slide's close spellings of one word count once (19 of 20 when the set was made).
     */
    static final double FLOOR = 20 / 20.0;

    @TempDir
    static Path tmp;
    static IndexService index;
    static List<SlideQueries.SlideQuery> queries;

    @BeforeAll
    static void indexTheCorpusOnce() throws IOException {
        Path corpus = SharedCorpus.require("real", "slide-level search quality over real decks");
        Map<String, IndexedFile> byPath = new ConcurrentSkipListMap<>();
        CorpusLoader.load(corpus, 2, Path.of("target", "relevance-corpus-cache.jsonl.gz"), f -> byPath.put(f.id(), f));
        index = IndexService.openForWriting(tmp.resolve("index"));
        for (IndexedFile f : byPath.values()) {
            index.writer().updateDocument(new Term(Schema.ID, f.id()), Schema.toDocument(f));
        }
        index.commit();
        queries = SlideQueries.from(byPath.values(), QUERIES);
        List<String> lines = new ArrayList<>();
        queries.forEach(q -> lines.add(q.query() + "\t" + corpus.relativize(Path.of(q.path())) + "\t" + q.slide()));
        Files.write(Path.of("target", "slide-queries.tsv"), lines);
    }

    @AfterAll
    static void close() {
        if (index != null) {
            index.close();
        }
    }

    @Test
    void theRightSlideComesFirstForQueriesMadeFromOneSlide() {
        assertThat(queries).hasSize(QUERIES);
        SearchService search = new SearchService(index);
        int deckFirst = 0;
        int slideFirst = 0;
        for (SlideQueries.SlideQuery q : queries) {
            SearchRequest request = SearchRequest.of(q.query(), 10);
            List<SearchHit> hits = search.search(request).hits();
            SearchHit first = hits.isEmpty() ? null : hits.getFirst();
            boolean deck = first != null && (first.path().equals(q.path()) || first.duplicates().contains(q.path()));
            List<PageHit> pages = deck ? search.pageHits(request, List.of(first.path())).get(first.path()) : List.of();
            boolean slide = deck && !pages.isEmpty() && pages.getFirst().page() == q.slide();
            deckFirst += deck ? 1 : 0;
            slideFirst += slide ? 1 : 0;
            if (!slide) {
                System.out.printf(Locale.ROOT, "slide miss: \"%s\" wants %s slide %d; got %s %s%n", q.query(),
                        Path.of(q.path()).getFileName(), q.slide(), first == null ? "nothing" : first.fileName(),
                        pages.stream().map(PageHit::page).toList());
            }
        }
        double share = slideFirst / (double) queries.size();
        System.out.printf(Locale.ROOT, "Slide-level set: %d queries; deck first %d, right slide first %d: %.2f (target 0.90%s)%n",
                queries.size(), deckFirst, slideFirst, share, share >= 0.9 ? ", met" : ", missed");
        assertThat(share).isGreaterThanOrEqualTo(FLOOR - 1e-9);
    }
}
