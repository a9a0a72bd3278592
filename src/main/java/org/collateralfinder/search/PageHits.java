package org.collateralfinder.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.util.BytesRef;
import org.collateralfinder.model.PageHit;
import org.collateralfinder.model.PageStarts;

/**
 * The pages, slides or sheets of a file where a search matched best. The highlighter finds every passage that
 * matches, scored as the snippet's are, none running over a page start ({@link PageBreaks}), so every page
 * with a match is a candidate and each passage's matches are its own page's. Pages with more of the typed
 * words come first (a word's close spellings, forms and completions count as that word: {@link QueryWords}),
 * then pages with the better best passage, then the earlier page; the best {@value #MAX} pages, each with its
 * best passage as its snippet. The file's ranking is not touched: this only says where in it to look.
 */
final class PageHits {

    /** At most this many pages per file. */
    static final int MAX = 3;
    /**
     * Passages looked at per file: every one that matches in any file of sensible size (a passage is about
     * {@value Snippets#SNIPPET_CHARS} characters and never spans two pages), so no matching page is left out.
     */
    static final int PASSAGES = 10_000;

    private PageHits() {
    }

    /** One passage as the highlighter scored it. */
    record Found(float score, int start, int end, int[] matchStarts, int[] matchEnds, Set<BytesRef> terms) {
    }

    /** A document's best passages and its text, as {@link Collector} keeps them. */
    record Passages(List<Found> found, String content) {
    }

    /** The highlighter's formatter that keeps the passages instead of writing them. */
    static final class Collector extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Found> found = new ArrayList<>(passages.length);
            for (Passage p : passages) {
                int n = p.getNumMatches();
                if (n > 0) {
                    // a word the index also holds in parts ("Sheet3": sheet3, sheet, 3) matches once, not per part
                    Set<BytesRef> terms = new HashSet<>();
                    int lastEnd = -1;
                    for (int i = 0; i < n; i++) {
                        if (p.getMatchStarts()[i] >= lastEnd) {
                            terms.add(BytesRef.deepCopyOf(p.getMatchTerms()[i]));
                            lastEnd = p.getMatchEnds()[i];
                        }
                    }
                    found.add(new Found(p.getScore(), p.getStartOffset(), p.getEndOffset(),
                            Arrays.copyOf(p.getMatchStarts(), n), Arrays.copyOf(p.getMatchEnds(), n), terms));
                }
            }
            return new Passages(found, content);
        }
    }

    /** The best pages of one file, best first, at most {@code max}; none when it has no pages or nothing matched. */
    static List<PageHit> of(Passages passages, PageStarts starts, QueryWords typed, int max) {
        if (passages == null || starts.isEmpty() || passages.found().isEmpty()) {
            return List.of();
        }
        Found[] best = new Found[starts.count() + 1];
        List<Set<Object>> words = new ArrayList<>(Collections.nCopies(starts.count() + 1, null));
        for (Found f : passages.found()) {
            int page = starts.pageOf(f.matchStarts()[0]);
            if (best[page] == null || f.score() > best[page].score()) {
                best[page] = f;
            }
            if (words.get(page) == null) {
                words.set(page, new HashSet<>());
            }
            f.terms().forEach(term -> words.get(page).add(typed.wordOf(term)));
        }
        List<Integer> pages = new ArrayList<>();
        for (int page = 1; page < best.length; page++) {
            if (best[page] != null) {
                pages.add(page);
            }
        }
        // the page with more of the searched words first (a short passage with one frequent word scores high, but
        // the slide that has all the words is the one looked for); then the best passage; then the earlier page
        pages.sort(Comparator.<Integer>comparingInt(p -> -words.get(p).size())
                .thenComparingDouble(p -> -best[p].score()).thenComparingInt(p -> p));
        List<PageHit> hits = new ArrayList<>();
        String content = passages.content();
        for (int page : pages.subList(0, Math.min(max, pages.size()))) {
            Passage onPage = onPage(best[page], starts.start(page), starts.end(page, content.length()));
            hits.add(new PageHit(page, starts.name(page), Snippets.snippet(onPage, content), onPage.getMatchStarts()[0]));
        }
        return hits;
    }

    /** The passage cut to its page, with the matches on it. */
    private static Passage onPage(Found f, int pageStart, int pageEnd) {
        Passage p = new Passage();
        p.setStartOffset(Math.max(f.start(), pageStart));
        p.setEndOffset(Math.min(f.end(), pageEnd));
        for (int i = 0; i < f.matchStarts().length; i++) {
            if (f.matchStarts()[i] >= p.getStartOffset() && f.matchEnds()[i] <= p.getEndOffset()) {
                p.addMatch(f.matchStarts()[i], f.matchEnds()[i], new BytesRef(), 1);
            }
        }
        p.setScore(f.score());
        return p;
    }
}
