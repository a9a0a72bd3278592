package org.collateralfinder.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.StringHelper;

/** Which documents of a copied index this machine knows better, and hides (see {@link CopiedIndexes}). */
final class HiddenDocuments {

    private HiddenDocuments() {
    }

    /**
     * Per leaf of the copy, the documents to hide: files the own index has a document of under the copy's
     * source (and their archive members), and files gone since publishing. Null when there are none.
     */
    static List<FixedBitSet> of(IndexReader copy, CopiedIndex info, Set<String> gone, IndexReader own) throws IOException {
        Set<String> stored = new HashSet<>(gone);
        List<String> archives = new ArrayList<>();
        PathMapping paths = info.paths();
        BytesRef source = new BytesRef(info.source());
        for (LeafReaderContext leaf : own.leaves()) {
            Terms sources = leaf.reader().terms(Schema.SOURCE);
            SortedDocValues ids = leaf.reader().getSortedDocValues(Schema.ID);
            if (sources == null || ids == null) {
                continue;
            }
            TermsEnum te = sources.iterator();
            if (!te.seekExact(source)) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                    String id = paths.unmap(ids.lookupOrd(ids.ordValue()).utf8ToString());
                    if (id != null) {
                        stored.add(id);
                        archives.add(id + FileIndexing.MEMBER_SEPARATOR);
                    }
                }
            }
        }
        if (stored.isEmpty()) {
            return null;
        }
        List<FixedBitSet> perLeaf = new ArrayList<>();
        for (LeafReaderContext leaf : copy.leaves()) {
            FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
            Terms terms = leaf.reader().terms(Schema.ID);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                PostingsEnum docs = null;
                for (String id : stored) {
                    if (te.seekExact(new BytesRef(id))) {
                        docs = mark(te, docs, bits);
                    }
                }
                for (String prefix : archives) {
                    BytesRef p = new BytesRef(prefix);
                    if (te.seekCeil(p) == TermsEnum.SeekStatus.END) {
                        continue;
                    }
                    for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, p); t = te.next()) {
                        docs = mark(te, docs, bits);
                    }
                }
            }
            perLeaf.add(bits);
        }
        return perLeaf;
    }

    private static PostingsEnum mark(TermsEnum te, PostingsEnum reuse, FixedBitSet bits) throws IOException {
        PostingsEnum docs = te.postings(reuse, PostingsEnum.NONE);
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            bits.set(doc);
        }
        return docs;
    }

}
