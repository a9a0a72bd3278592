package org.collateralfinder.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * A MinHash signature of a text: {@value #HASHES} minimum hashes over its three-word shingles, 16 bits
 * of each kept (b-bit MinHash). Two texts agree on a fraction of the positions that estimates how many
 * shingles they share (Jaccard similarity, ±0.03), so near-identical texts (a corrected typo, a changed
 * date) are found without comparing the texts. Short texts get no signature: too few shingles say nothing.
 */
public final class TextSignature {

    public static final int HASHES = 128;
    private static final int BYTES = 2;
    /** Fewer shingles than this and the text has no signature. */
    public static final int MIN_SHINGLES = 25;
    private static final int SHINGLE = 3;
    private static final long[] MULTIPLIERS = new long[HASHES];
    private static final long[] ADDENDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x632BE59BD9B4E019L);
            MULTIPLIERS[i] = x | 1;
            x = mix(x + 0x632BE59BD9B4E019L);
            ADDENDS[i] = x;
        }
    }

    private TextSignature() {
    }

    /** The signature of a text, or null when it is too short. */
    public static byte[] of(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        long[] mins = new long[HASHES];
        Arrays.fill(mins, Long.MAX_VALUE);
        long[] window = new long[SHINGLE];
        int words = 0;
        int shingles = 0;
        long word = 0;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (letterOrDigit(c)) {
                word = word * 31 + lowerCase(c);
                inWord = true;
                continue;
            }
            if (!inWord) {
                continue;
            }
            inWord = false;
            window[words % SHINGLE] = mix(word);
            word = 0;
            words++;
            if (words >= SHINGLE) {
                long h = 0;
                for (int k = 0; k < SHINGLE; k++) {
                    h = mix(h * 0x100000001B3L + window[(words - SHINGLE + k) % SHINGLE]);
                }
                for (int k = 0; k < HASHES; k++) {
                    // a random permutation, positive; without a branch the compiler runs several k at once
                    mins[k] = Math.min(mins[k], (MULTIPLIERS[k] * h + ADDENDS[k]) >>> 1);
                }
                shingles++;
            }
        }
        if (shingles < MIN_SHINGLES) {
            return null;
        }
        byte[] out = new byte[HASHES * BYTES];
        for (int k = 0; k < HASHES; k++) {
            long v = mix(mins[k]);
            out[k * BYTES] = (byte) (v >>> 8);
            out[k * BYTES + 1] = (byte) v;
        }
        return out;
    }

    /**
     * {@link Character#isLetterOrDigit(char)}, answered for ASCII without Java's Unicode tables: most text is ASCII,
     * and the tables' lookup was two thirds of a signature's time (100,000 generated documents).
     */
    private static boolean letterOrDigit(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    /** {@link Character#toLowerCase(char)}, answered for ASCII without Java's Unicode tables. */
    private static char lowerCase(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    /** The estimated Jaccard similarity of two signatures, 0 when either is missing. */
    public static double similarity(BytesRef a, BytesRef b) {
        if (a == null || b == null || a.length != HASHES * BYTES || b.length != HASHES * BYTES) {
            return 0;
        }
        int same = 0;
        for (int k = 0; k < HASHES * BYTES; k += BYTES) {
            if (a.bytes[a.offset + k] == b.bytes[b.offset + k] && a.bytes[a.offset + k + 1] == b.bytes[b.offset + k + 1]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /**
     * Whether {@code similarity(a, b) >= threshold}, found without looking at every position once too few can still
     * agree (most pairs of texts share next to nothing, and are told apart within the first few dozen positions).
     */
    public static boolean atLeast(BytesRef a, BytesRef b, double threshold) {
        if (a == null || b == null || a.length != HASHES * BYTES || b.length != HASHES * BYTES) {
            return threshold <= 0;
        }
        int needed = (int) Math.ceil(threshold * HASHES - 1e-9);
        int allowedToDiffer = HASHES - needed;
        int differ = 0;
        for (int k = 0; k < HASHES * BYTES; k += BYTES) {
            if (a.bytes[a.offset + k] != b.bytes[b.offset + k] || a.bytes[a.offset + k + 1] != b.bytes[b.offset + k + 1]) {
                if (++differ > allowedToDiffer) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Every pair of the signatures (indexes into {@code signatures}, the smaller first, in the order comparing each
     * pair in turn would meet them) that is {@link #atLeast} {@code threshold} alike, found without comparing every
     * pair. Two signatures that differ in at most {@code d} positions agree on every position of at least one of
     * {@code d + 1} runs of positions (there are more runs than differences), so only signatures that agree on a whole
     * run are compared: the pairs are exactly those of comparing every pair, in time that grows with the signatures,
     * not their square (save for many signatures alike on one run, which are compared among themselves). A null or
     * malformed signature pairs with none.
     */
    public static List<int[]> nearIdenticalPairs(List<BytesRef> signatures, double threshold) {
        int n = signatures.size();
        int needed = (int) Math.ceil(threshold * HASHES - 1e-9);
        int runs = Math.min(HASHES, HASHES - needed + 1);
        List<int[]> pairs = new ArrayList<>();
        if (n >= 1 << INDEX_BITS) {
            throw new IllegalArgumentException("At most " + ((1 << INDEX_BITS) - 1) + " signatures are compared at once.");
        }
        if (n < 2 || runs < 1) {
            return pairs;
        }
        long[] entries = new long[n];
        for (int run = 0; run < runs; run++) {
            int from = run * HASHES / runs;
            int to = (run + 1) * HASHES / runs;
            int count = 0;
            for (int i = 0; i < n; i++) {
                BytesRef s = signatures.get(i);
                if (s != null && s.length == HASHES * BYTES) {
                    entries[count++] = (runKey(s, from, to) << INDEX_BITS) | i;
                }
            }
            Arrays.sort(entries, 0, count);
            for (int start = 0; start < count; ) {
                int end = start + 1;
                while (end < count && entries[end] >>> INDEX_BITS == entries[start] >>> INDEX_BITS) {
                    end++;
                }
                for (int x = start; x < end; x++) {
                    int i = (int) (entries[x] & INDEX_MASK);
                    for (int y = x + 1; y < end; y++) {
                        int j = (int) (entries[y] & INDEX_MASK);
                        BytesRef a = signatures.get(i);
                        BytesRef b = signatures.get(j);
                        // a pair alike on an earlier run was compared there; a key alike by chance is not a run alike
                        if (sameRun(a, b, from, to) && !alikeOnAnEarlierRun(a, b, run, runs)
                                && atLeast(a, b, threshold)) {
                            pairs.add(new int[] {Math.min(i, j), Math.max(i, j)});
                        }
                    }
                }
                start = end;
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        return pairs;
    }

    private static final int INDEX_BITS = 22;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    /** The positions {@code from} to {@code to} of a signature as one number ({@code 64 - INDEX_BITS} bits of it). */
    private static long runKey(BytesRef s, int from, int to) {
        long h = 0x9E3779B97F4A7C15L;
        for (int k = from * BYTES; k < to * BYTES; k++) {
            h = (h ^ (s.bytes[s.offset + k] & 0xFF)) * 0x100000001B3L;
        }
        return mix(h) >>> INDEX_BITS;
    }

    private static boolean sameRun(BytesRef a, BytesRef b, int from, int to) {
        return Arrays.equals(a.bytes, a.offset + from * BYTES, a.offset + to * BYTES,
                b.bytes, b.offset + from * BYTES, b.offset + to * BYTES);
    }

    private static boolean alikeOnAnEarlierRun(BytesRef a, BytesRef b, int run, int runs) {
        for (int r = 0; r < run; r++) {
            if (sameRun(a, b, r * HASHES / runs, (r + 1) * HASHES / runs)) {
                return true;
            }
        }
        return false;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
