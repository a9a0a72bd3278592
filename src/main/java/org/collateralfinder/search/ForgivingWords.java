package org.collateralfinder.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.collateralfinder.index.Schema;

/**
 * Looks a typed word up in the index's own vocabulary: how many files contain it as typed, its close
 * spellings, its completions, and where it splits into two known words. All of it reads term
 * dictionaries only, so it takes microseconds per word.
 */
final class ForgivingWords {

    /** Alternative words for one typed word: the query matching them, and the words themselves. */
    record Expansion(Query query, Set<String> words) {
    }

    private static final String[] WORD_FIELDS = {Schema.NAME_WORDS, Schema.BODY_WORDS};
    /** The fields that hold positions, where a phrase can be completed. */
    private static final String[] PHRASE_FIELDS = {Schema.TITLE, Schema.FILENAME, Schema.BODY};
    private static final int SPLIT_MIN_LETTERS = 3;
    private static final int SPLIT_MIN_HITS = 1;

    private final IndexSearcher searcher;
    private final IndexReader reader;
    private final Analyzer words = Schema.wordsAnalyzer();
    private final Analyzer stems = Schema.queryAnalyzer();
    private final Analyzer names = Schema.namePartsAnalyzer();
    /** Close spellings already looked up for this query, by token (null: none). */
    private final Map<String, Expansion> close = new HashMap<>();

    ForgivingWords(IndexSearcher searcher) {
        this.searcher = searcher;
        this.reader = searcher.getIndexReader();
    }

    /** The word as the as-typed fields hold it (lower case, accents folded), split where the analyzer splits. */
    List<String> tokens(String text) {
        return analyze(words, Schema.BODY_WORDS, text);
    }

    /**
     * The word or words as the as-typed fields hold them, each at the position a phrase of them takes in
     * the index (a word the index also splits leaves room for its parts).
     */
    List<Positioned> tokensAtPositions(String text) {
        List<Positioned> out = new ArrayList<>(2);
        try (TokenStream ts = words.tokenStream(Schema.BODY_WORDS, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Positioned(term.toString(), position));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A word of a phrase and its position in it. */
    record Positioned(String word, int position) {
    }

    /**
     * The words in order with the last one completed, as a phrase in titles, file names and text: the
     * parts of a code being typed ({@code x 5} finds X500, x-500 and "X 5000"; {@code pdfbox 30}
     * PDFBOX-3044) or a quoted phrase whose last word is not finished. The words are as typed, at their
     * positions in the phrase; each field gets them as it holds them (stemmed), the last one as typed and
     * as its stem, completed: to the words most files hold, and to those that follow the other words in the
     * first files holding them (so a rare word is found too: "Large H → Large Hadron). Null when no word
     * starts with the last one.
     */
    Expansion phraseCompletions(List<Positioned> words) throws IOException {
        Positioned last = words.getLast();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Set<String> found = new LinkedHashSet<>();
        for (String field : PHRASE_FIELDS) {
            Analyzer analyzer = Schema.FILENAME.equals(field) ? Schema.nameQueryAnalyzer() : stems;
            MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
            PhraseQuery.Builder before = new PhraseQuery.Builder();
            boolean complete = true;
            for (Positioned w : words.subList(0, words.size() - 1)) {
                List<String> held = analyze(analyzer, field, w.word());
                if (held.isEmpty()) {
                    complete = false;
                    break;
                }
                phrase.add(new Term[] {new Term(field, held.getFirst())}, w.position());
                before.add(new Term(field, held.getFirst()), w.position());
            }
            if (!complete) {
                continue;
            }
            List<String> starts = new ArrayList<>(List.of(last.word()));
            analyze(analyzer, field, last.word()).stream().filter(stem -> !starts.contains(stem)).forEach(starts::add);
            Set<BytesRef> top = new LinkedHashSet<>();
            for (String start : starts) {
                top.addAll(mostFrequentWithPrefix(field, start, Ranking.PHRASE_COMPLETIONS));
            }
            if (words.size() > 1) {
                top.addAll(PhraseFollowers.of(searcher, field, before.build(), last.position() - words.getFirst().position(), starts));
            }
            if (top.isEmpty()) {
                continue;
            }
            phrase.add(top.stream().map(t -> new Term(field, t)).toArray(Term[]::new), last.position());
            b.add(new BoostQuery(phrase.build(), Ranking.FIELD_BOOSTS.get(field)), BooleanClause.Occur.SHOULD);
            top.forEach(t -> found.add(t.utf8ToString()));
        }
        return found.isEmpty() ? null : new Expansion(b.build(), found);
    }

    /** Whether any file matches the query. */
    boolean matchesAny(Query query) {
        try {
            return searcher.search(query, 1).scoreDocs.length > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parts a file name splits into (separators, camelCase, letters and digits), as typed. */
    List<String> nameParts(String text) {
        return analyze(names, Schema.NAME_WORDS, text).stream().distinct().toList();
    }

    /** The word's stems as the title, file-name and body fields hold them. */
    List<String> stems(String text) {
        return analyze(stems, Schema.BODY, text);
    }

    /** How many files the index holds. */
    int fileCount() {
        return reader.numDocs();
    }

    /** Files containing the word as typed, in names or text (files with both count twice). */
    long typedHits(String token) {
        long n = 0;
        for (String field : WORD_FIELDS) {
            n += docFreq(field, token);
        }
        return n;
    }

    /** Files containing the word's stem in title, file name or body. */
    long stemHits(String text) {
        List<String> s = stems(text);
        if (s.size() != 1) {
            return Long.MAX_VALUE;
        }
        return docFreq(Schema.TITLE, s.getFirst()) + docFreq(Schema.FILENAME, s.getFirst()) + docFreq(Schema.BODY, s.getFirst());
    }

    /** Whether the word is rare enough that close spellings and splits are worth trying. */
    boolean isWeak(String text, String token) {
        return typedHits(token) <= Ranking.FEW_HITS && stemHits(text) <= Ranking.FEW_HITS;
    }

    /**
     * Words within {@link Ranking#maxEdits} of the token, per field, or null for short words. Looked up once per
     * token: a word no file contains asks for them twice (its likely spellings, then its close ones).
     */
    Expansion closeSpellings(String token) throws IOException {
        if (close.containsKey(token)) {
            return close.get(token);
        }
        Expansion found = lookUpCloseSpellings(token);
        close.put(token, found);
        return found;
    }

    private Expansion lookUpCloseSpellings(String token) throws IOException {
        int edits = spelledWord(token) ? Ranking.maxEdits(token) : 0;
        if (edits == 0) {
            return null;
        }
        Expansion close = closeSpellings(token, edits, Ranking.FUZZY_PREFIX_LENGTH);
        // a typo in the first letter ("uszette", "ednester"): looked for only when none keeps the first letter,
        // as reading every word of the index costs more than reading those that start with one letter
        return close != null ? close : closeSpellings(token, edits, 0);
    }

    private Expansion closeSpellings(String token, int edits, int prefixLength) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Set<String> found = new LinkedHashSet<>();
        for (String field : WORD_FIELDS) {
            Query fuzzy = new FuzzyQuery(new Term(field, token), edits, prefixLength,
                    Ranking.FUZZY_MAX_EXPANSIONS, true);
            Query rewritten = searcher.rewrite(fuzzy);
            Set<String> fieldWords = termsOf(rewritten);
            fieldWords.remove(token);
            if (fieldWords.isEmpty()) {
                continue;
            }
            found.addAll(fieldWords);
            b.add(new BoostQuery(rewritten, boost(field)), BooleanClause.Occur.SHOULD);
        }
        return found.isEmpty() ? null : new Expansion(b.build(), found);
    }

    /**
     * What a word no file contains was likely meant to be: its close spellings fewest edits away, one
     * word per stem (a search for "pricing" finds "prices" too), the word most files contain first; at
     * most {@code max}. Empty when it has none.
     */
    List<String> likelySpellings(String token, int max) throws IOException {
        int edits = spelledWord(token) ? Ranking.maxEditsOfUnknown(token) : 0;
        if (edits == 0) {
            return List.of();
        }
        Expansion expansion;
        if (edits == Ranking.maxEdits(token)) {
            expansion = closeSpellings(token);
        } else { // a 4-letter word no file holds: the first letter kept first, as lookUpCloseSpellings does
            expansion = closeSpellings(token, edits, Ranking.FUZZY_PREFIX_LENGTH);
            expansion = expansion != null ? expansion : closeSpellings(token, edits, 0);
        }
        if (expansion == null) {
            return List.of();
        }
        Set<String> close = new LinkedHashSet<>(expansion.words());
        // the word itself is no other spelling of it ("Showing results for "battelcard": no file contains "battelcard"")
        close.removeIf(w -> w.equalsIgnoreCase(token));
        int fewest = close.stream().mapToInt(w -> Respellings.distance(w, token)).min().orElse(0);
        Map<List<String>, String> byStem = new LinkedHashMap<>();
        close.stream().filter(w -> Respellings.distance(w, token) == fewest)
                .sorted(Comparator.<String>comparingLong(this::typedHits).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(w -> byStem.putIfAbsent(stems(w), w));
        return byStem.values().stream().limit(max).toList();
    }

    /**
     * Whether a word can be misspelled: one with a digit (a quote, part or version number) means exactly
     * that number, and a number one digit away is another one, not a typo.
     */
    private static boolean spelledWord(String token) {
        return token.chars().noneMatch(Character::isDigit);
    }

    /** The word as typed, in file names and text (a file with exactly this word, not another form of it). */
    Query asTyped(String token) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String field : WORD_FIELDS) {
            b.add(new BoostQuery(new TermQuery(new Term(field, token)), boost(field)),
                    BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * The most frequent words starting with the token, per field, as one blended word each; with
     * {@code everyCompletion}, also every other word starting with it, at a small constant score (so a
     * rare completion is found too, when other words narrow the search).
     */
    Expansion completions(String token, boolean everyCompletion) throws IOException {
        if (token.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Set<String> found = new LinkedHashSet<>();
        for (String field : WORD_FIELDS) {
            List<BytesRef> top = mostFrequentWithPrefix(field, token, Ranking.PREFIX_EXPANSIONS);
            if (top.isEmpty()) {
                continue;
            }
            SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
            for (BytesRef t : top) {
                synonyms.addTerm(new Term(field, t));
                found.add(t.utf8ToString());
            }
            b.add(new BoostQuery(synonyms.build(), boost(field)), BooleanClause.Occur.SHOULD);
            if (everyCompletion) {
                b.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term(field, token))),
                        Ranking.RARE_COMPLETION_SCORE), BooleanClause.Occur.SHOULD);
            }
        }
        return found.isEmpty() ? null : new Expansion(b.build(), found);
    }

    /**
     * Where a run-together word splits into two words the index knows ("onepager" → "one pager"), the
     * split with the most common halves; null when there is none.
     */
    String split(String token) {
        if (token.length() < 2 * SPLIT_MIN_LETTERS || !token.chars().allMatch(Character::isLetter)) {
            return null;
        }
        String best = null;
        long bestHits = 0;
        for (int i = SPLIT_MIN_LETTERS; i <= token.length() - SPLIT_MIN_LETTERS; i++) {
            String a = token.substring(0, i);
            String b = token.substring(i);
            long hits = Math.min(typedHits(a), typedHits(b));
            if (hits >= SPLIT_MIN_HITS && hits > bestHits) {
                best = a + " " + b;
                bestHits = hits;
            }
        }
        return best;
    }

    /** The top {@code n} words by document frequency that start with {@code prefix}. */
    private List<BytesRef> mostFrequentWithPrefix(String field, String prefix, int n) throws IOException {
        return FrequentWords.startingWith(reader, field, prefix, n);
    }

    private static float boost(String field) {
        return Schema.NAME_WORDS.equals(field) ? Ranking.NAME_WORDS_BOOST : Ranking.BODY_WORDS_BOOST;
    }

    private long docFreq(String field, String token) {
        try {
            return reader.docFreq(new Term(field, token));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> termsOf(Query q) {
        Set<String> out = new LinkedHashSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term t : terms) {
                    out.add(t.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return out;
    }

    static List<String> analyze(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>(2);
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
