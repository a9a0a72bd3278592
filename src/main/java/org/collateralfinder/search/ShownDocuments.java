package org.collateralfinder.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.collateralfinder.index.Schema;

/**
 * The stored fields a page of results shows (its rows and its snippets' text), read once per document and
 * kept for the next keystrokes: typing a word shows many of the same files prefix after prefix, and each
 * read decompresses the document's whole stored block, its text included (a tenth of a keystroke's time at
 * 100,000 documents). Kept by segment and document within it: a segment's stored fields never change (an
 * update or a delete of a file is a new document, or a deletion mark, elsewhere), so what is kept stays
 * right whichever reader of the index asks, and what no reader needs any more falls out as newer
 * documents come in. At most about {@value #MAX_CHARS} characters are kept (texts, and a little for each row).
 */
final class ShownDocuments {

    /** What a result row shows, besides the text. */
    static final Set<String> ROW_FIELDS = Set.of(Schema.ID, Schema.TITLE, Schema.FILENAME, Schema.FOLDER,
            Schema.SOURCE, Schema.TYPE, Schema.EXT, Schema.MODIFIED, Schema.SIZE, Schema.AUTHOR, Schema.PAGES,
            Schema.HASH, Schema.FAILURE, Schema.FAILURE_DETAIL, Schema.PAGE_STARTS, Schema.PAGE_NAMES);
    private static final Set<String> READ = union(ROW_FIELDS, Schema.BODY);
    /** About 8 MB of text at most (a few pages of results of long files). */
    static final int MAX_CHARS = 4_000_000;

    /** What a row's fields count for against {@link #MAX_CHARS}, so documents without text are bounded too. */
    static final int ROW_CHARS = 500;

    /** One document's row fields and its text (null when it has none). */
    record Shown(Document row, String body) {
        int chars() {
            return ROW_CHARS + (body == null ? 0 : body.length());
        }
    }

    private record Key(Object segment, int doc) {
    }

    private final Map<Key, Shown> kept = new LinkedHashMap<>(64, 0.75f, true);
    private final long maxChars;
    private long keptChars;

    ShownDocuments() {
        this(MAX_CHARS);
    }

    /** @param maxChars about how many characters to keep at most */
    ShownDocuments(long maxChars) {
        this.maxChars = maxChars;
    }

    /** How many documents are kept now. */
    synchronized int size() {
        return kept.size();
    }

    /** The document {@code doc} of the searcher's index, read now or kept from an earlier search. */
    Shown get(IndexSearcher searcher, int doc) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
        Key key = core == null ? null : new Key(core.getKey(), doc - leaf.docBase);
        if (key != null) {
            synchronized (this) {
                Shown known = kept.get(key);
                if (known != null) {
                    return known;
                }
            }
        }
        DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(READ);
        leaf.reader().storedFields().document(doc - leaf.docBase, visitor);
        Document read = visitor.getDocument();
        String body = read.get(Schema.BODY);
        read.removeFields(Schema.BODY);
        Shown shown = new Shown(read, body);
        if (key != null && shown.chars() <= maxChars / 4) {
            keep(key, shown);
        }
        return shown;
    }

    private synchronized void keep(Key key, Shown shown) {
        Shown before = kept.put(key, shown);
        keptChars += shown.chars() - (before == null ? 0 : before.chars());
        var oldest = kept.values().iterator();
        while (keptChars > maxChars && oldest.hasNext()) {
            keptChars -= oldest.next().chars();
            oldest.remove();
        }
    }

    private static Set<String> union(Set<String> fields, String more) {
        HashSet<String> all = new HashSet<>(fields);
        all.add(more);
        return Set.copyOf(all);
    }
}
