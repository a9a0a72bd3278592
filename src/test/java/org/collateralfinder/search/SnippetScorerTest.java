package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Snippet passages score exactly as with Lucene's own scorer, so the same passages are chosen. */
class SnippetScorerTest {

    @Test
    void scoresEveryPassageExactlyAsLucenesScorer() {
        Random random = new Random(11);
        String[] words = {"pricing", "deck", "quarter", "price", "northwind", "q3"};
        PassageScorer lucene = new PassageScorer();
        SnippetScorer ours = new SnippetScorer();
        for (int round = 0; round < 2_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(50_000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 1_000);
            int matches = random.nextInt(12); // at most 12 * 67 characters: within the passage
            int at = start;
            for (int i = 0; i < matches; i++) {
                int word = random.nextInt(words.length);
                // a word's frequency in the document is the same wherever it matches
                passage.addMatch(at, at + words[word].length(), new BytesRef(words[word]), 1 + word * 7);
                at += words[word].length() + 1 + random.nextInt(60);
            }
            passage.setEndOffset(start + 1_000);
            int contentLength = at + 1 + random.nextInt(100_000);

            assertThat(ours.score(passage, contentLength)).isEqualTo(lucene.score(passage, contentLength));
        }
    }
}
