package org.collateralfinder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words of a field that start with a prefix, those most files hold first, read from the term dictionary.
 * A prefix of one or two letters starts thousands of words, each looked up in every segment (milliseconds
 * at 100,000 files, at every keystroke), so what the index holds for those is kept while its reader is open:
 * the answer changes only when the index does.
 */
final class FrequentWords {

    /** At most this many words starting with a prefix are looked at. */
    private static final int MAX_SCAN = 50_000;
    /** The answers for short prefixes, per open index reader. */
    private static final Map<IndexReader.CacheKey, Map<String, List<BytesRef>>> SHORT_PREFIXES = new ConcurrentHashMap<>();

    private FrequentWords() {
    }

    /** The top {@code n} words of {@code field} by document frequency that start with {@code prefix}. */
    static List<BytesRef> startingWith(IndexReader reader, String field, String prefix, int n) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null || prefix.codePointCount(0, prefix.length()) > Ranking.SHORT_PREFIX_LETTERS) {
            return scan(reader, field, prefix, n);
        }
        Map<String, List<BytesRef>> known = SHORT_PREFIXES.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(SHORT_PREFIXES::remove);
            return new ConcurrentHashMap<>();
        });
        String key = field + '\u0000' + n + '\u0000' + prefix;
        List<BytesRef> words = known.get(key);
        if (words == null) {
            words = List.copyOf(scan(reader, field, prefix, n));
            known.put(key, words);
        }
        return words;
    }

    /**
     * Works out, in one pass over the field's words, what {@link #startingWith} answers for every prefix of
     * one or two letters (the same words in the same order as a scan of each prefix gives), and keeps it for
     * the reader: the first keystrokes of a word then look nothing up. What a keystroke would otherwise pay
     * the first time it meets a prefix (a scan of up to {@value #MAX_SCAN} words merged over every segment:
     * tens of milliseconds at 100,000 documents, the slowest keystrokes of a word) is paid once when the
     * index opens.
     */
    static void warm(IndexReader reader, String field, int n) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (helper == null || terms == null) {
            return;
        }
        Map<String, Top> tops = new HashMap<>();
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            String word = t.utf8ToString();
            int df = -1;
            for (int letters = 1; letters <= Ranking.SHORT_PREFIX_LETTERS && letters <= word.codePointCount(0, word.length()); letters++) {
                String prefix = word.substring(0, word.offsetByCodePoints(0, letters));
                Top top = tops.computeIfAbsent(prefix, p -> new Top());
                if (top.scanned++ < MAX_SCAN) {
                    df = df < 0 ? te.docFreq() : df;
                    top.offer(t, df, n);
                }
            }
        }
        Map<String, List<BytesRef>> known = SHORT_PREFIXES.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(SHORT_PREFIXES::remove);
            return new ConcurrentHashMap<>();
        });
        tops.forEach((prefix, top) -> known.putIfAbsent(field + '\u0000' + n + '\u0000' + prefix, top.words()));
    }

    /** The most frequent words of one prefix, kept as {@link #scan} keeps them (so ties come out alike). */
    private static final class Top {
        final PriorityQueue<Object[]> queue = new PriorityQueue<>((x, y) -> Integer.compare((int) x[1], (int) y[1]));
        int scanned;

        void offer(BytesRef t, int df, int n) {
            if (queue.size() < n) {
                queue.add(new Object[] {BytesRef.deepCopyOf(t), df});
            } else if (df > (int) queue.peek()[1]) {
                queue.poll();
                queue.add(new Object[] {BytesRef.deepCopyOf(t), df});
            }
        }

        List<BytesRef> words() {
            List<BytesRef> out = new ArrayList<>(queue.size());
            queue.forEach(e -> out.add((BytesRef) e[0]));
            return List.copyOf(out);
        }
    }

    static List<BytesRef> scan(IndexReader reader, String field, String prefix, int n) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return List.of();
        }
        TermsEnum te = terms.iterator();
        BytesRef p = new BytesRef(prefix);
        if (te.seekCeil(p) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        PriorityQueue<Object[]> queue = new PriorityQueue<>((x, y) -> Integer.compare((int) x[1], (int) y[1]));
        int scanned = 0;
        for (BytesRef t = te.term(); t != null && startsWith(t, p) && scanned < MAX_SCAN; t = te.next(), scanned++) {
            int df = te.docFreq();
            if (queue.size() < n) {
                queue.add(new Object[] {BytesRef.deepCopyOf(t), df});
            } else if (df > (int) queue.peek()[1]) {
                queue.poll();
                queue.add(new Object[] {BytesRef.deepCopyOf(t), df});
            }
        }
        List<BytesRef> out = new ArrayList<>(queue.size());
        queue.forEach(e -> out.add((BytesRef) e[0]));
        return out;
    }

    private static boolean startsWith(BytesRef t, BytesRef prefix) {
        if (t.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (t.bytes[t.offset + i] != prefix.bytes[prefix.offset + i]) {
                return false;
            }
        }
        return true;
    }
}
