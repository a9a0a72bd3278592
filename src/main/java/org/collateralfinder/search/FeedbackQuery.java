package org.collateralfinder.search;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.collateralfinder.feedback.FeedbackByFile;
import org.collateralfinder.feedback.FeedbackSummary;

/**
 * The files whose feedback passes a test ({@code tag:worked}, {@code rating:>=4}, ...). Which feedback a
 * file has depends on the index searched (feedback given before an edit in place follows the file at its
 * path, see {@code FeedbackByFile}), so the query becomes the files' contents and paths when it is
 * rewritten for the searcher that runs it. Marketing's curation ({@code curation:retired}) is selected the same way.
 */
final class FeedbackQuery extends Query {

    /** The files a clause selects in the index a searcher reads. */
    @FunctionalInterface
    interface FileSelection {
        FeedbackByFile.Matching in(IndexSearcher searcher) throws IOException;
    }

    private final FeedbackFilters filters;
    private final String description;
    private final FileSelection selection;

    /** @param description what the query means, as written ({@code tag:worked}); queries are equal when it is */
    FeedbackQuery(FeedbackFilters filters, String description, Predicate<FeedbackSummary> test) {
        this(description, filters, searcher -> filters.byFile(searcher).where(test));
    }

    private FeedbackQuery(String description, FeedbackFilters filters, FileSelection selection) {
        this.filters = filters;
        this.description = description;
        this.selection = selection;
    }

    /**
     * The files a selection names (marketing's curation: {@code curation:retired}, which also follows a file edited in
     * place, see {@code CurationByFile}).
     */
    static FeedbackQuery selecting(FeedbackFilters filters, String description, FileSelection selection) {
        return new FeedbackQuery(description, filters, selection);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        return FeedbackFilters.files(selection.in(searcher));
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
