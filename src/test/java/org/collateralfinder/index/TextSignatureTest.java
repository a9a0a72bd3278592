package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The similarity signature is computed faster, to the same bytes: indexes written before stay comparable. */
class TextSignatureTest {

    @Test
    void signatureHasTheBytesOfTheLoopItReplaced() {
        Random random = new Random(7);
        String[] words = "price deck quarter brochure northwind platform the of and launch review customer partner"
                .split(" ");
        for (int length : new int[] {30, 200, 5_000}) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(words[random.nextInt(words.length)]).append(i % 17 == 0 ? ". " : " ");
            }
            assertThat(TextSignature.of(text.toString())).isEqualTo(branching(text.toString()));
        }
        assertThat(TextSignature.of("too short to say anything")).isNull();
    }

    @Test
    void signatureOfTextBeyondAsciiHasTheBytesOfTheLoopItReplaced() {
        // ASCII letters are told apart from the rest without Java's Unicode tables: every other character still goes
        // through them, so accents, other scripts, curly quotes and symbols split and fold words as before
        Random random = new Random(13);
        String[] words = ("Price DECK Café naïve ÆON Straße résumé déjà-vu “quoted” Ελληνικά КИРИЛЛИЦА 日本語 x86_64 "
                + "O'Neil's 3.5% $1,200 ½ ² Ⅻ ǅungla İstanbul ﬁnance ＦＵＬＬ 𝐁old e\u0301t\u00e9 tab\tend").split(" ");
        for (int length : new int[] {40, 600, 5_000}) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(words[random.nextInt(words.length)]).append(i % 13 == 0 ? "\n" : " ");
            }
            assertThat(TextSignature.of(text.toString())).isEqualTo(branching(text.toString()));
        }
        for (char c = 0; c < 256; c++) { // every character ASCII and Latin-1 have, alone between two words
            String text = ("north" + c + "wind deck ").repeat(40);
            assertThat(TextSignature.of(text)).as("character %d", (int) c).isEqualTo(branching(text));
        }
    }

    @Test
    void atLeastAnswersAsTheSimilarityDoes() {
        // grouping asks whether two texts are near-identical for every pair of a page's candidates; it stops counting
        // once too few positions can still agree, and must say what comparing the similarity says
        Random random = new Random(11);
        byte[] base = new byte[TextSignature.HASHES * 2];
        random.nextBytes(base);
        for (int differing = 0; differing <= TextSignature.HASHES; differing++) {
            byte[] other = base.clone();
            for (int k = 0; k < differing; k++) {
                other[k * 2 + (k % 2)] ^= 1; // one byte of the position's two
            }
            BytesRef a = new BytesRef(base);
            BytesRef b = new BytesRef(other);
            for (double threshold : new double[] {0.0, 0.5, 0.85, 0.9, 1.0}) {
                assertThat(TextSignature.atLeast(a, b, threshold))
                        .as("%d positions differing, threshold %s", differing, threshold)
                        .isEqualTo(TextSignature.similarity(a, b) >= threshold);
            }
        }
        assertThat(TextSignature.atLeast(null, new BytesRef(base), 0.85)).isFalse();
    }

    @Test
    void nearIdenticalPairsAreEveryPairComparingEachPairWouldFind() {
        // grouping and the counts fold near-identical texts among every match, not the first 300 (window re-test w19,
        // item 6); the pairs found through agreeing runs of positions must be exactly those comparing every pair finds,
        // also for pairs that differ in as many positions as near-identical allows, spread so that no run is whole
        Random random = new Random(23);
        java.util.List<BytesRef> signatures = new java.util.ArrayList<>();
        for (int family = 0; family < 40; family++) {
            byte[] base = new byte[TextSignature.HASHES * 2];
            random.nextBytes(base);
            signatures.add(new BytesRef(base));
            for (int member = 0; member < 6; member++) {
                byte[] other = base.clone();
                int differing = 10 + random.nextInt(14); // 10 to 23 positions: some near-identical, some not
                java.util.List<Integer> positions = new java.util.ArrayList<>();
                for (int k = 0; k < TextSignature.HASHES; k++) {
                    positions.add(k);
                }
                java.util.Collections.shuffle(positions, random);
                for (int k = 0; k < differing; k++) {
                    other[positions.get(k) * 2 + 1] ^= (byte) (1 + random.nextInt(255));
                }
                signatures.add(new BytesRef(other));
            }
        }
        // one that differs from its twin in exactly 19 positions, one in each of 19 of the 20 runs
        byte[] twin = new byte[TextSignature.HASHES * 2];
        random.nextBytes(twin);
        byte[] spread = twin.clone();
        for (int run = 0; run < 19; run++) {
            spread[(run * TextSignature.HASHES / 20) * 2] ^= 1;
        }
        signatures.add(new BytesRef(twin));
        signatures.add(new BytesRef(spread));
        signatures.add(null);
        java.util.Collections.shuffle(signatures, random);

        java.util.List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < signatures.size(); i++) {
            for (int j = i + 1; j < signatures.size(); j++) {
                if (signatures.get(i) != null && TextSignature.atLeast(signatures.get(i), signatures.get(j), 0.85)) {
                    expected.add(i + "-" + j);
                }
            }
        }
        assertThat(expected).hasSizeBetween(60, 400); // the families hold pairs on both sides of the threshold
        assertThat(TextSignature.nearIdenticalPairs(signatures, 0.85)).extracting(p -> p[0] + "-" + p[1])
                .containsExactlyElementsOf(expected);
    }

    /** The signature as first written: a branch per hash function (the reference for the bytes). */
    private static byte[] branching(String text) {
        long[] multipliers = new long[TextSignature.HASHES];
        long[] addends = new long[TextSignature.HASHES];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < TextSignature.HASHES; i++) {
            x = mix(x + 0x632BE59BD9B4E019L);
            multipliers[i] = x | 1;
            x = mix(x + 0x632BE59BD9B4E019L);
            addends[i] = x;
        }
        long[] mins = new long[TextSignature.HASHES];
        Arrays.fill(mins, Long.MAX_VALUE);
        long[] window = new long[3];
        int words = 0;
        int shingles = 0;
        long word = 0;
        boolean inWord = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word = word * 31 + Character.toLowerCase(c);
                inWord = true;
                continue;
            }
            if (!inWord) {
                continue;
            }
            inWord = false;
            window[words % 3] = mix(word);
            word = 0;
            words++;
            if (words >= 3) {
                long h = 0;
                for (int k = 0; k < 3; k++) {
                    h = mix(h * 0x100000001B3L + window[(words - 3 + k) % 3]);
                }
                for (int k = 0; k < TextSignature.HASHES; k++) {
                    long v = (multipliers[k] * h + addends[k]) >>> 1;
                    if (v < mins[k]) {
                        mins[k] = v;
                    }
                }
                shingles++;
            }
        }
        if (shingles < TextSignature.MIN_SHINGLES) {
            return null;
        }
        byte[] out = new byte[TextSignature.HASHES * 2];
        for (int k = 0; k < TextSignature.HASHES; k++) {
            long v = mix(mins[k]);
            out[k * 2] = (byte) (v >>> 8);
            out[k * 2 + 1] = (byte) v;
        }
        return out;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
