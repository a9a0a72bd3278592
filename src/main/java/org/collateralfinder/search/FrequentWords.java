package org.collateralfinder.search;

import java.io.IOException;
import java.util.ArrayList;
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

    private static List<BytesRef> scan(IndexReader reader, String field, String prefix, int n) throws IOException {
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
