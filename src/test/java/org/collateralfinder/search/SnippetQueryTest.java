package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.collateralfinder.index.Schema;
import org.junit.jupiter.api.Test;

/** Snippets look for the query's body parts only: each once, any of them, none of the words it excludes. */
class SnippetQueryTest {

    @Test
    void keepsEachPartOnTheBodyOnceAndDropsTheRest() {
        Query pricing = new TermQuery(new Term(Schema.BODY, "price"));
        Query phrase = new PhraseQuery(Schema.BODY, "pricing", "deck");
        Query synonyms = new SynonymQuery.Builder(Schema.BODY).addTerm(new Term(Schema.BODY, "deck")).build();
        Query word = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(Schema.TITLE, "price")), 4f), Occur.SHOULD)
                .add(pricing, Occur.SHOULD)
                .build();
        Query query = new BooleanQuery.Builder()
                .add(word, Occur.MUST)
                .add(new BoostQuery(phrase, 0.5f), Occur.SHOULD)
                .add(new ConstantScoreQuery(new PrefixQuery(new Term(Schema.BODY_WORDS, "dec"))), Occur.SHOULD)
                .add(synonyms, Occur.SHOULD)
                .add(pricing, Occur.SHOULD)
                .add(new TermQuery(new Term(Schema.BODY, "draft")), Occur.MUST_NOT)
                .build();

        assertThat(SnippetQuery.bodyParts(query)).isEqualTo(new BooleanQuery.Builder()
                .add(pricing, Occur.SHOULD)
                .add(phrase, Occur.SHOULD)
                .add(synonyms, Occur.SHOULD)
                .build());
    }

    @Test
    void aQueryWithNothingOnTheBodyHighlightsNothing() {
        Query title = new TermQuery(new Term(Schema.TITLE, "brochure"));

        assertThat(SnippetQuery.bodyParts(title)).isInstanceOf(MatchNoDocsQuery.class);
    }
}
