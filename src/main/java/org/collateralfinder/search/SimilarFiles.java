package org.collateralfinder.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.CollateralException;

/**
 * "More like this": the words that make a file stand out (frequent in it, rare in the index), searched
 * for in the other files' text; a similar file shares at least a fifth of them. The file
 * itself and its identical copies are left out.
 */
final class SimilarFiles {

    private static final int MAX_QUERY_TERMS = 30;
    private static final int MAX_TOKENS_READ = 5_000;
    private static final int LONG_TEXT_CHARS = 3_000;
    private static final int MAX_DOC_FREQ_PERCENT = 5;
    /** A similar file shares at least this share of the distinctive words. */
    private static final double MIN_SHARED = 0.2;
    private static final int MIN_MAX_DOC_FREQ = 10;

    private SimilarFiles() {
    }

    /** The words, of which a similar file must share at least {@link #MIN_SHARED}. */
    private static Query atLeastAShare(Query words) {
        if (!(words instanceof BooleanQuery bq) || bq.clauses().size() < 2) {
            return words;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        bq.clauses().forEach(b::add);
        b.setMinimumNumberShouldMatch(Math.max(1, (int) Math.round(bq.clauses().size() * MIN_SHARED)));
        return b.build();
    }

    static QueryInterpreter.Interpretation like(IndexSearcher searcher, String path) throws IOException {
        TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, path)), 1);
        if (found.scoreDocs.length == 0) {
            throw new CollateralException("\"" + path + "\" is not in the index; add its folder as a source and index it first.");
        }
        int doc = found.scoreDocs[0].doc;
        Document stored = searcher.storedFields().document(doc, Set.of(Schema.HASH, Schema.BODY));
        String body = stored.get(Schema.BODY);
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(Schema.queryAnalyzer());
        mlt.setFieldNames(new String[] {Schema.BODY});
        mlt.setStopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        // in a long text, a word said once says little (and looking up every one of them is what costs)
        mlt.setMinTermFreq(body != null && body.length() > LONG_TEXT_CHARS ? 2 : 1);
        mlt.setMinDocFreq(2);
        // words in more than one file in twenty say little about a file (in a small index, keep them)
        mlt.setMaxDocFreq(Math.max(MIN_MAX_DOC_FREQ, searcher.getIndexReader().numDocs() * MAX_DOC_FREQ_PERCENT / 100));
        mlt.setMinWordLen(3);
        mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
        mlt.setMaxNumTokensParsed(MAX_TOKENS_READ);
        mlt.setBoost(true);
        Query like = atLeastAShare(mlt.like(doc));
        if (like instanceof BooleanQuery bq && bq.clauses().isEmpty()) {
            Query none = new MatchNoDocsQuery("the file has no distinctive words");
            return new QueryInterpreter.Interpretation(none, none, "This file has too little text to compare with others.");
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Schema.ID, path)), BooleanClause.Occur.MUST_NOT);
        String hash = stored.get(Schema.HASH);
        if (hash != null) {
            b.add(new TermQuery(new Term(Schema.HASH, hash)), BooleanClause.Occur.MUST_NOT);
        }
        Query query = b.build();
        return new QueryInterpreter.Interpretation(query, like, null);
    }
}
