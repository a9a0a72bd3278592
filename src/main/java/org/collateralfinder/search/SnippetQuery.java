package org.collateralfinder.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.collateralfinder.index.Schema;

/**
 * What the snippets highlight: the parts of a query that look at the body (its words, phrases, close
 * spellings and completions there), any of them, each once. The highlighter looks for every part of the
 * query it is given in each result (a term lookup and postings each); the parts on titles, file names and
 * the as-typed fields cost as much and show nothing in the body. A result matched the whole query, so
 * its body matches are the same words either way. What changes: a word the query named twice (typed,
 * and again as a completion) no longer counts twice in a passage's score, so now and then another
 * passage of the same result is shown (16 of 2,571 snippets of the as-you-type benchmark queries).
 */
final class SnippetQuery {

    private SnippetQuery() {
    }

    /** The body parts of {@code query} as one query matching any of them (none: a query matching nothing). */
    static Query bodyParts(Query query) {
        Set<Query> parts = new LinkedHashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return Schema.BODY.equals(field);
            }

            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                parts.add(leaf);
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                parts.add(leaf);
            }

            @Override
            public void visitLeaf(Query leaf) {
                parts.add(leaf);
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        if (parts.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        if (parts.size() > IndexSearcher.getMaxClauseCount()) {
            return query; // too many to list: all of it, as before
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        parts.forEach(part -> any.add(part, BooleanClause.Occur.SHOULD));
        return any.build();
    }
}
