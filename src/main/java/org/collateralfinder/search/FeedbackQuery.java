package org.collateralfinder.search;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.collateralfinder.feedback.FeedbackSummary;

/**
 * The files whose feedback passes a test ({@code tag:worked}, {@code rating:>=4}, ...). Which feedback a
 * file has depends on the index searched (feedback given before an edit in place follows the file at its
 * path, see {@code FeedbackByFile}), so the query becomes the files' contents and paths when it is
 * rewritten for the searcher that runs it.
 */
final class FeedbackQuery extends Query {

    private final FeedbackFilters filters;
    private final String description;
    private final Predicate<FeedbackSummary> test;

    /** @param description what the query means, as written ({@code tag:worked}); queries are equal when it is */
    FeedbackQuery(FeedbackFilters filters, String description, Predicate<FeedbackSummary> test) {
        this.filters = filters;
        this.description = description;
        this.test = test;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        return FeedbackFilters.files(filters.byFile(searcher).where(test));
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return description;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && filters == ((FeedbackQuery) other).filters
                && description.equals(((FeedbackQuery) other).description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), System.identityHashCode(filters), description);
    }
}
