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
 * then pages where more of them stand together as typed, written as typed first, then in any form, then pages with
 * the better best passage, then the earlier page; the best {@value #MAX} pages, each with its
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

    /** One passage as the highlighter scored it, with each match's term ({@code matchTerms}, by match). */
    record Found(float score, int start, int end, int[] matchStarts, int[] matchEnds, BytesRef[] matchTerms,
                 Set<BytesRef> terms) {
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
                    BytesRef[] matchTerms = new BytesRef[n];
                    int lastEnd = -1;
                    for (int i = 0; i < n; i++) {
                        matchTerms[i] = BytesRef.deepCopyOf(p.getMatchTerms()[i]);
                        if (p.getMatchStarts()[i] >= lastEnd) {
                            terms.add(matchTerms[i]);
                            lastEnd = p.getMatchEnds()[i];
                        }
                    }
                    found.add(new Found(p.getScore(), p.getStartOffset(), p.getEndOffset(),
                            Arrays.copyOf(p.getMatchStarts(), n), Arrays.copyOf(p.getMatchEnds(), n), matchTerms, terms));
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
        List<List<Match>> matches = new ArrayList<>(Collections.nCopies(starts.count() + 1, null));
        for (Found f : passages.found()) {
            int page = starts.pageOf(f.matchStarts()[0]);
            if (page == 0) {
                continue; // the file's text but no page's (a document embedded where no page says): names no page
            }
            if (best[page] == null || f.score() > best[page].score()) {
                best[page] = f;
            }
            if (words.get(page) == null) {
                words.set(page, new HashSet<>());
                matches.set(page, new ArrayList<>());
            }
            f.terms().forEach(term -> words.get(page).add(typed.wordOf(term)));
            for (int i = 0; i < f.matchStarts().length; i++) {
                matches.get(page).add(new Match(f.matchStarts()[i], f.matchEnds()[i], typed.wordOf(f.matchTerms()[i])));
            }
        }
        int[] together = new int[best.length];
        int[] togetherAsTyped = new int[best.length];
        for (int page = 1; page < best.length; page++) {
            if (best[page] != null) {
                together[page] = wordsTogether(matches.get(page), passages.content());
                List<Match> asTyped = matches.get(page).stream()
                        .filter(m -> typed.asTyped(passages.content().substring(m.start(), m.end()))).toList();
                togetherAsTyped[page] = wordsTogether(asTyped, passages.content());
            }
        }
        List<Integer> pages = new ArrayList<>();
        for (int page = 1; page < best.length; page++) {
            if (best[page] != null) {
                pages.add(page);
            }
        }
        // the page with more of the searched words first (a short passage with one frequent word scores high, but
        // the slide that has all the words is the one looked for); then the page with more of them standing together
        // as typed (slides re-test 22 #3: "President Margie Kennedy" named a slide with the three words apart before
        // the slide that says it), counting first the words written as typed, not their close spellings or other forms
        // (s15 MAJOR 3: "long beach marina" named the page saying "Long Beach Marine" before the one saying "Long Beach
        // Marina"); then the best passage; then the earlier page
        pages.sort(Comparator.<Integer>comparingInt(p -> -words.get(p).size())
                .thenComparingInt(p -> -togetherAsTyped[p])
                .thenComparingInt(p -> -together[p])
                .thenComparingDouble(p -> -best[p].score()).thenComparingInt(p -> p));
        List<PageHit> hits = new ArrayList<>();
        String content = passages.content();
        for (int page : pages.subList(0, Math.min(max, pages.size()))) {
            Passage onPage = onPage(best[page], starts.start(page), starts.end(page, content.length()));
            hits.add(new PageHit(page, starts.name(page), Snippets.snippet(onPage, content), onPage.getMatchStarts()[0]));
        }
        return hits;
    }

    /** One match on a page: where it is and which typed word it stands for ({@link QueryWords#wordOf}). */
    private record Match(int start, int end, Object word) {
    }

    /**
     * How well a page holds the typed words together as typed: the most of them in the order they were typed, each
     * next to the one before or with one other word between ("ability derive insight" in "ability to derive
     * insight"); of two such runs as long, the one with fewer words between ("President Margie Kennedy" before
     * "President-Elect – Margie Kennedy"). Larger is better; 64 for a single word, 0 when nothing matched.
     */
    static int wordsTogether(List<Match> matches, String content) {
        List<Match> inOrder = new ArrayList<>(matches);
        inOrder.sort(Comparator.comparingInt(Match::start).thenComparingInt(m -> -m.end()));
        int best = 0;
        int run = 1;
        int between = 0;
        Match previous = null;
        for (Match m : inOrder) {
            if (previous != null && m.start() < previous.end()) {
                continue; // a part of a word matched as well ("Sheet3": sheet3, sheet): the word counts once
            }
            int gap = previous == null ? -1 : wordsBetween(content, previous.end(), m.start());
            boolean next = previous != null && previous.word() instanceof Integer before && m.word() instanceof Integer now
                    && now == before + 1 && gap >= 0;
            run = next ? run + 1 : 1;
            between = next ? between + gap : 0;
            best = Math.max(best, run * 64 - Math.min(63, between));
            previous = m;
        }
        return best;
    }

    /**
     * How many words stand between two matches: 0 or 1, when only spaces, marks and at most one word do; else -1 (two
     * or more words, or the end of a sentence).
     */
    private static int wordsBetween(String content, int from, int to) {
        if (to < from || to - from > 24 || to > content.length()) {
            return -1;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == to || Character.isWhitespace(content.charAt(i + 1)))) {
                return -1; // a sentence ends between them (not the point of "3.5")
            }
            inWord = letter;
        }
        return words <= 1 ? words : -1;
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
