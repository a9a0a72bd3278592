package org.collateralfinder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.collateralfinder.index.Schema;

/**
 * What suggestions are built from, read from doc values and term dictionaries only (no stored fields):
 * every distinct title (or file name) with its newest modification day as weight, and every word of
 * names and text found in at least two files, weighed by how many files contain it (names count four times).
 */
record SuggestionSource(List<Map.Entry<String, Long>> titleEntries, List<Map.Entry<String, Long>> wordEntries) {

    private static final int MIN_WORD_LETTERS = 3;
    private static final int MAX_WORD_LETTERS = 30;
    private static final int MIN_FILES = 2;

    static SuggestionSource read(IndexReader reader) throws IOException {
        Map<String, Long> titles = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues labels = leaf.reader().getSortedDocValues(Schema.LABEL);
            NumericDocValues times = leaf.reader().getNumericDocValues(Schema.MODIFIED);
            if (labels == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            long[] newest = new long[labels.getValueCount()];
            for (int doc = labels.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = labels.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                long day = times != null && times.advanceExact(doc) ? times.longValue() / 86_400_000L + 1 : 1;
                int ord = labels.ordValue();
                newest[ord] = Math.max(newest[ord], day);
            }
            for (int ord = 0; ord < newest.length; ord++) {
                if (newest[ord] > 0) {
                    titles.merge(labels.lookupOrd(ord).utf8ToString(), newest[ord], Math::max);
                }
            }
        }
        Map<String, long[]> counts = new HashMap<>();
        countWords(reader, Schema.NAME_WORDS, 0, counts);
        countWords(reader, Schema.BODY_WORDS, 1, counts);
        List<Map.Entry<String, Long>> words = new ArrayList<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            long names = e.getValue()[0];
            long bodies = e.getValue()[1];
            if (names + bodies >= MIN_FILES) {
                long weight = (long) (names * Ranking.NAME_WORDS_BOOST + bodies * Ranking.BODY_WORDS_BOOST);
                words.add(Map.entry(e.getKey(), weight));
            }
        }
        return new SuggestionSource(new ArrayList<>(titles.entrySet()), words);
    }

    /** Adds how many files have each word of the field, at {@code slot} of the word's counts. */
    private static void countWords(IndexReader reader, String field, int slot, Map<String, long[]> counts) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            if (t.length < MIN_WORD_LETTERS || t.length > MAX_WORD_LETTERS * 4) {
                continue;
            }
            String word = t.utf8ToString();
            if (word.length() <= MAX_WORD_LETTERS && word.codePoints().allMatch(Character::isLetter)) {
                counts.computeIfAbsent(word, w -> new long[2])[slot] += te.docFreq();
            }
        }
    }

    int titleCount() {
        return titleEntries.size();
    }

    int wordCount() {
        return wordEntries.size();
    }

    InputIterator titles() {
        return iterator(titleEntries);
    }

    InputIterator words() {
        return iterator(wordEntries);
    }

    private static InputIterator iterator(List<Map.Entry<String, Long>> entries) {
        Iterator<Map.Entry<String, Long>> it = entries.iterator();
        return new InputIterator() {
            private long weight;

            @Override
            public BytesRef next() {
                if (!it.hasNext()) {
                    return null;
                }
                Map.Entry<String, Long> e = it.next();
                weight = Math.min(e.getValue(), Integer.MAX_VALUE);
                return new BytesRef(e.getKey());
            }

            @Override
            public long weight() {
                return weight;
            }

            @Override
            public BytesRef payload() {
                return null;
            }

            @Override
            public boolean hasPayloads() {
                return false;
            }

            @Override
            public Set<BytesRef> contexts() {
                return null;
            }

            @Override
            public boolean hasContexts() {
                return false;
            }
        };
    }
}
