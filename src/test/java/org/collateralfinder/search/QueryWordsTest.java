package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * A matched body term is told apart by the typed word it stands for, so a page's close spellings of one word count
 * once ("charisma rückt ideen": a slide with "Ideen" and "Idee" and "CHARISMA" has two of the words, not three).
 */
class QueryWordsTest {

    private static Object word(String query, String term) {
        return QueryWords.of(query).wordOf(new BytesRef(term));
    }

    @Test
    void aWordItsCloseSpellingsAndItsCompletionsAreOneWord() {
        assertThat(word("charisma rückt ideen", "ideen")).isEqualTo(2);
        assertThat(word("charisma rückt ideen", "idee")).isEqualTo(2);
        assertThat(word("charisma rückt ideen", "ruckt")).isEqualTo(1); // accents folded, as the body holds it
        assertThat(word("picture with captoin", "caption")).isEqualTo(2);
        assertThat(word("picture with capt", "captions")).isEqualTo(2);
    }

    @Test
    void theNearestWordTakesATermAndATermNearNoneIsItself() {
        assertThat(word("data database", "database")).isEqualTo(1);
        assertThat(word("data database", "data")).isEqualTo(0);
        assertThat(word("pricing", "hospital")).isEqualTo("hospital");
        assertThat(QueryWords.edits("captoin", "caption")).isEqualTo(1);
    }
}
