package org.collateralfinder.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.PageStarts;
import org.collateralfinder.model.Snippet;

/**
 * The snippets of a page of results, from the unified highlighter over the stored text, written as
 * {@link Snippet} says: the document's text escaped, the matches between the only two markers. The text
 * comes from {@link ShownDocuments} (read once with the row's fields, and kept across keystrokes), and one
 * highlighter serves every search of one searcher (it reads the index's field list once).
 */
final class Snippets {

    static final int SNIPPET_CHARS = 180;
    private static final int MAX_LENGTH = 2_000_000;

    private final ShownDocuments documents;
    private volatile Highlighter current;

    Snippets(ShownDocuments documents) {
        this.documents = documents;
    }

    /** One snippet per result: the passage best matching the query, about {@value #SNIPPET_CHARS} characters. */
    String[] of(IndexSearcher searcher, Query query, List<ResultGrouper.Group> groups) throws IOException {
        if (groups.isEmpty()) {
            return new String[0];
        }
        ScoreDoc[] docs = new ScoreDoc[groups.size()];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = new ScoreDoc(groups.get(i).representative().doc(), groups.get(i).score());
        }
        TopDocs top = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
        String[] raw = highlighter(searcher).highlight(Schema.BODY, SnippetQuery.bodyParts(query), top, 1);
        String[] out = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i] == null ? "" : tidy(raw[i]);
        }
        return out;
    }

    /**
     * The passages of each document that match, at most {@code max} each, scored as the snippets are and built
     * the same way, except that none runs over a page start ({@link PageBreaks}): each lies on one page, so
     * {@link PageHits} can sort them into pages.
     *
     * @param pages each document's page starts, in the order of {@code docs}
     * @return per document, in the order of {@code docs}: its passages and text, or null when nothing matched
     */
    PageHits.Passages[] passages(IndexSearcher searcher, Query query, int[] docs, PageStarts[] pages, int max)
            throws IOException {
        PageHits.Passages[] out = new PageHits.Passages[docs.length];
        if (query == null) {
            return out;
        }
        // one highlighter for this call (its breaks are the page's of the document it is on), one document at a time
        PagesHighlighter h = new PagesHighlighter(builder(searcher).withMaxNoHighlightPassages(0)
                .withFormatter(new PageHits.Collector()), searcher, documents);
        Query parts = SnippetQuery.bodyParts(query);
        for (int i = 0; i < docs.length; i++) {
            h.pages = pages[i];
            Object[] found = h.objects(parts, new int[] {docs[i]}, new int[] {max});
            out[i] = found == null ? null : (PageHits.Passages) found[0];
        }
        return out;
    }

    /** A snippet of one passage of {@code content}, written as {@link #of} writes snippets. */
    static String snippet(Passage passage, String content) {
        return tidy(new EscapingFormatter().format(new Passage[] {passage}, content));
    }

    private Highlighter highlighter(IndexSearcher searcher) {
        Highlighter h = current;
        if (h == null || h.searcher != searcher) {
            h = new Highlighter(builder(searcher).withFormatter(new EscapingFormatter()).withMaxNoHighlightPassages(1),
                    searcher, documents);
            current = h;
        }
        return h;
    }

    private static UnifiedHighlighter.Builder builder(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, Schema.queryAnalyzer())
                .withMaxLength(MAX_LENGTH)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), SNIPPET_CHARS, 0.5f))
                .withScorer(new SnippetScorer());
    }

    /** Lucene's unified highlighter, reading the text from {@link ShownDocuments} (as its own loading would: cut at the maximum length). */
    private static class Highlighter extends UnifiedHighlighter {
        private final IndexSearcher searcher;
        private final ShownDocuments documents;

        Highlighter(UnifiedHighlighter.Builder builder, IndexSearcher searcher, ShownDocuments documents) {
            super(builder);
            this.searcher = searcher;
            this.documents = documents;
        }

        /** What the formatter made of each document's passages, in the order of {@code docs}. */
        Object[] objects(Query query, int[] docs, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(new String[] {Schema.BODY}, query, docs, maxPassages).get(Schema.BODY);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            if (fields.length != 1 || !Schema.BODY.equals(fields[0])) {
                return super.loadFieldValues(fields, docs, cacheCharsThreshold);
            }
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                String body = documents.get(searcher, doc).body();
                out.add(new CharSequence[] {body == null ? null : body.substring(0, Math.min(getMaxLength(), body.length()))});
            }
            return out;
        }
    }

    /** The highlighter of one document's pages at a time: its passages break at the page starts of {@link #pages}. */
    private static final class PagesHighlighter extends Highlighter {
        private PageStarts pages = PageStarts.NONE;

        PagesHighlighter(UnifiedHighlighter.Builder builder, IndexSearcher searcher, ShownDocuments documents) {
            super(builder, searcher, documents);
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return new PageBreaks(super.getBreakIterator(field), pages);
        }
    }

    /** Collapses runs of white space so a snippet reads as one line; a cut never splits an escaped character. */
    static String tidy(String snippet) {
        String s = snippet.replaceAll("\\s+", " ").strip();
        if (s.length() <= SNIPPET_CHARS * 3) {
            return s;
        }
        int cut = SNIPPET_CHARS * 3;
        int amp = s.lastIndexOf('&', cut - 1);
        if (amp >= 0 && amp > cut - 5 && s.indexOf(';', amp) >= cut) {
            cut = amp;
        }
        return s.substring(0, cut) + "…";
    }

    /**
     * Lucene's passage formatter with the document's text escaped as {@link Snippet} says, so the match
     * markers are the snippet's only markup.
     */
    private static final class EscapingFormatter extends DefaultPassageFormatter {
        EscapingFormatter() {
            super(Snippet.MATCH_START, Snippet.MATCH_END, " … ", false);
        }

        @Override
        protected void append(StringBuilder dest, String content, int start, int end) {
            dest.append(Snippet.escape(content.subSequence(start, end)));
        }
    }

}
