package org.collateralfinder.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Porter stemming of the body's words, each distinct word stemmed once per indexing thread: a body says the same
 * words again and again, and stemming each of them anew was a tenth of indexing time (100,000 generated documents).
 * The stem is Lucene's {@link PorterStemFilter}'s, word for word (a word marked as a keyword stays as written, as
 * there), so the index holds what stemming every word gave. The words kept are forgotten when they are too many.
 */
final class KnownStems extends TokenFilter {

    /** Words remembered per thread before they are forgotten: a few megabytes, the common words of any language. */
    static final int MAX_WORDS = 50_000;

    private static final ThreadLocal<Stems> STEMS = ThreadLocal.withInitial(() -> new Stems(MAX_WORDS));

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final Stems stems;

    /** Stems {@code words} with the words known to this thread. */
    KnownStems(TokenStream words) {
        this(words, STEMS.get());
    }

    KnownStems(TokenStream words, Stems stems) {
        super(words);
        this.stems = stems;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            char[] stem = stems.of(term.buffer(), term.length());
            if (stem != null) {
                term.copyBuffer(stem, 0, stem.length);
            }
        }
        return true;
    }

    /** The stems of the words one thread has seen; a word whose stem is itself is kept with a null stem. */
    static final class Stems {
        private static final char[] UNCHANGED = new char[0];

        private final int maxWords;
        private final CharArrayMap<char[]> known;
        private final OneWord word = new OneWord();
        private final TokenStream porter = new PorterStemFilter(word);
        private final CharTermAttribute stemmed = word.addAttribute(CharTermAttribute.class);

        Stems(int maxWords) {
            this.maxWords = maxWords;
            this.known = new CharArrayMap<>(Math.min(maxWords, 4096), false);
            try {
                porter.reset();
            } catch (IOException e) {
                throw new UncheckedIOException("a filter over one word in memory cannot fail", e);
            }
        }

        /** The stem of {@code chars[0..length)}, or null when Porter leaves the word as it is. */
        char[] of(char[] chars, int length) {
            char[] stem = known.get(chars, 0, length);
            if (stem == null) {
                stem = porterStem(chars, length);
                if (known.size() >= maxWords) {
                    known.clear();
                }
                known.put(Arrays.copyOf(chars, length), stem);
            }
            return stem == UNCHANGED ? null : stem;
        }

        int size() {
            return known.size();
        }

        private char[] porterStem(char[] chars, int length) {
            word.next(chars, length);
            try {
                porter.incrementToken();
            } catch (IOException e) {
                throw new UncheckedIOException("a filter over one word in memory cannot fail", e);
            }
            if (stemmed.length() == length && Arrays.equals(stemmed.buffer(), 0, length, chars, 0, length)) {
                return UNCHANGED;
            }
            return Arrays.copyOf(stemmed.buffer(), stemmed.length());
        }
    }

    /** One word at a time, for {@link PorterStemFilter} to stem. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private boolean ready;

        void next(char[] chars, int length) {
            term.copyBuffer(chars, 0, length);
            ready = true;
        }

        @Override
        public boolean incrementToken() {
            boolean given = ready;
            ready = false;
            return given;
        }
    }
}
