package org.collateralfinder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.CollateralException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warms searching when an index opens: a few searches as the search box makes them (a word of the index
 * typed letter by letter, then a second word), so that the first keystroke finds the search code
 * compiled and the parts of the index it reads loaded, instead of paying for both (the first search
 * after opening 100,000 documents took 0.4-0.6 s). Run it off the UI thread, once the index is open.
 */
public final class SearchWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(SearchWarmUp.class);
    /** Rounds of the command line's warm-up ({@link #run}); the window's makes one ({@link #keystrokes}). */
    private static final int ROUNDS = 2;
    /**
     * From this many documents on, the window's warm-up types its words letter by letter (a key's first search there
     * reads parts of a large dictionary and postings that are not yet read, and compiles its code); in a smaller index
     * two searches take away most of what the first key pays (see docs/benchmarks.md, eighth part).
     */
    static final int TYPED_FROM = 20_000;
    /** Terms looked at for the two words (from "a" on: a small part of a large index's dictionary). */
    private static final int TERMS_SCANNED = 20_000;

    private SearchWarmUp() {
    }

    /**
     * Runs the warm-up searches; a failure is logged and ends it (searching will report it to the rep).
     *
     * @return how many searches it made
     */
    public static int run(SearchService search, IndexService index) {
        long start = System.nanoTime();
        List<String> queries;
        try {
            queries = queries(index);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not pick words to warm the search with", e);
            return 0;
        }
        int made = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                for (String q : queries) {
                    search.search(SearchRequest.of(q, 10).asYouType(true));
                    made++;
                }
            }
        } catch (CollateralException e) {
            LOG.warn("A warm-up search failed: {}", e.userMessage());
        }
        LOG.debug("Search warmed with {} searches in {} ms", made, (System.nanoTime() - start) / 1_000_000);
        return made;
    }

    /**
     * What the window searches to warm its own search path once the index opens (one round, each text searched as a
     * typed key is): from {@link #TYPED_FROM} documents on the keystrokes {@link #run} searches, a word of the index
     * typed letter by letter and a second word after it; in a smaller index only the whole word and the two words, two
     * searches. None for an empty index, or when the words cannot be read (logged).
     */
    public static List<String> keystrokes(IndexService index) {
        return keystrokes(index, TYPED_FROM);
    }

    static List<String> keystrokes(IndexService index, int typedFrom) {
        Words words;
        try {
            words = words(index);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not pick words to warm the search with", e);
            return List.of();
        }
        if (words.common() == null || words.narrower() == null) {
            return List.of();
        }
        return words.docs() >= typedFrom ? typed(words) : List.of(words.narrower(), words.narrower() + " " + words.common());
    }

    /** The keystrokes of a common word and a less common one typed after it; none for an empty index. */
    static List<String> queries(IndexService index) throws IOException {
        Words words = words(index);
        return words.common() == null || words.narrower() == null ? List.of() : typed(words);
    }

    private static List<String> typed(Words words) {
        List<String> queries = new ArrayList<>();
        String narrower = words.narrower();
        for (int i = 1; i <= narrower.length(); i++) {
            queries.add(narrower.substring(0, i));
        }
        String common = words.common();
        for (int i = 1; i <= common.length(); i++) {
            queries.add(narrower + " " + common.substring(0, i));
        }
        return queries;
    }

    /** Two words of the index (null in an empty one) and how many documents it holds. */
    private record Words(String common, String narrower, int docs) {
    }

    /** The index's commonest word of four letters or more, one found in about a hundredth of its documents, and their number. */
    private static Words words(IndexService index) throws IOException {
        return index.withSearcher(searcher -> {
            String common = null;
            String narrower = null;
            int docs = searcher.getIndexReader().numDocs();
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Schema.BODY_WORDS);
            if (terms != null) {
                int target = Math.max(2, docs / 100);
                int bestFreq = 0;
                int bestDistance = Integer.MAX_VALUE;
                TermsEnum words = terms.iterator();
                // from the words starting with a letter on: numbers come first and can fill the scan
                BytesRef term = words.seekCeil(new BytesRef("a")) == TermsEnum.SeekStatus.END ? null : words.term();
                for (int i = 0; i < TERMS_SCANNED && term != null; i++, term = words.next()) {
                    String word = term.utf8ToString();
                    if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)) {
                        continue;
                    }
                    int freq = words.docFreq();
                    if (freq > bestFreq) {
                        bestFreq = freq;
                        common = word;
                    }
                    if (word.length() >= 5 && Math.abs(freq - target) < bestDistance) {
                        bestDistance = Math.abs(freq - target);
                        narrower = word;
                    }
                }
            }
            return new Words(common, narrower, docs);
        });
    }
}
