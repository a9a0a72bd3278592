package org.collateralfinder.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * The unified highlighter's passage score (BM25 over the passage, the same formula, in the same order, so
 * the same snippets), without the new term hash Lucene's scorer builds for every candidate passage: its
 * 32 KB block was the largest single cost of highlighting ten results (a third of the snippet samples).
 * A passage holds a few matches, so its distinct words are found by comparing with those seen before.
 */
final class SnippetScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        BytesRef[] distinct = new BytesRef[matches];
        int[] freqsInPassage = new int[matches];
        int[] distinctFreqsInDoc = new int[matches];
        int count = 0;
        for (int i = 0; i < matches; i++) {
            int t = 0;
            while (t < count && !distinct[t].bytesEquals(terms[i])) {
                t++;
            }
            if (t == count) {
                distinct[count] = terms[i];
                distinctFreqsInDoc[count] = freqsInDoc[i];
                count++;
            }
            freqsInPassage[t]++;
        }
        double score = 0;
        for (int t = 0; t < count; t++) {
            score += tf(freqsInPassage[t], passage.getLength()) * weight(contentLength, distinctFreqsInDoc[t]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
