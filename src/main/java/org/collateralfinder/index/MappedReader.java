package org.collateralfinder.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFieldDataInput;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IOBooleanSupplier;

/**
 * A view of an index copied from another machine (a published team index) as if this machine had built
 * it: every path it stores (id, folder, version key) and its source are shown under this machine's mount
 * point and source ({@link PathMapping}), in stored fields, terms, doc values and the source facet, and the
 * documents of files this machine knows better (changed or gone since publishing) are hidden as if deleted.
 * Everything else (text, postings, norms, points) is the copy's own. The view shares the copy's reader:
 * it takes a reference when made and gives it back when closed.
 *
 * <p>A published index holds only the share's files, so all its ids and its one source lie under the
 * publisher's folder; terms outside it are not expected (and would be shown unchanged).
 */
final class MappedReader extends FilterDirectoryReader {

    private static final String FACETS = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;

    /**
     * @param copy    the copy, opened on its commit; a reference is taken for as long as the view is open
     * @param paths   the publisher's share folder to this machine's mount point
     * @param sources the publisher's source to this machine's source
     * @param hidden  per leaf of {@code copy}, the documents to hide (null: none)
     */
    static MappedReader of(DirectoryReader copy, PathMapping paths, PathMapping sources, List<FixedBitSet> hidden)
            throws IOException {
        copy.incRef();
        try {
            return new MappedReader(copy, new Wrapper(paths, sources, hidden));
        } catch (IOException | RuntimeException e) {
            copy.decRef();
            throw e;
        }
    }

    private MappedReader(DirectoryReader in, Wrapper wrapper) throws IOException {
        super(in, wrapper);
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) {
        throw new UnsupportedOperationException("a copied index is replaced as a whole, not reopened");
    }

    @Override
    protected void doClose() throws IOException {
        in.decRef(); // other views may still use the copy
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null; // hidden documents differ from view to view
    }

    private static final class Wrapper extends SubReaderWrapper {
        private final PathMapping paths;
        private final PathMapping sources;
        private final List<FixedBitSet> hidden;

        Wrapper(PathMapping paths, PathMapping sources, List<FixedBitSet> hidden) {
            this.paths = paths;
            this.sources = sources;
            this.hidden = hidden;
        }

        @Override
        protected LeafReader[] wrap(List<? extends LeafReader> readers) {
            LeafReader[] out = new LeafReader[readers.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = new Leaf(readers.get(i), paths, sources, hidden == null ? null : hidden.get(i));
            }
            return out;
        }

        @Override
        public LeafReader wrap(LeafReader reader) {
            throw new UnsupportedOperationException("leaves are wrapped with their position");
        }
    }

    /** One segment of the copy, mapped. */
    static final class Leaf extends FilterLeafReader {
        private final PathMapping paths;
        private final PathMapping sources;
        private final String facetFrom;
        private final String facetTo;
        private final Bits live;
        private final int numDocs;

        Leaf(LeafReader in, PathMapping paths, PathMapping sources, FixedBitSet hidden) {
            super(in);
            this.paths = paths;
            this.sources = sources;
            this.facetFrom = FacetsConfig.pathToString(Schema.SOURCE, sources.from());
            this.facetTo = FacetsConfig.pathToString(Schema.SOURCE, sources.to());
            if (hidden == null || hidden.cardinality() == 0) {
                live = in.getLiveDocs();
                numDocs = in.numDocs();
            } else {
                FixedBitSet bits = new FixedBitSet(in.maxDoc());
                Bits original = in.getLiveDocs();
                for (int doc = 0; doc < in.maxDoc(); doc++) {
                    if ((original == null || original.get(doc)) && !hidden.get(doc)) {
                        bits.set(doc);
                    }
                }
                live = bits;
                numDocs = bits.cardinality();
            }
        }

        @Override
        public Bits getLiveDocs() {
            return live;
        }

        @Override
        public int numDocs() {
            return numDocs;
        }

        @Override
        public Terms terms(String field) throws IOException {
            Terms terms = in.terms(field);
            PathMapping mapping = switch (field) {
                case Schema.ID -> paths;
                case Schema.SOURCE -> sources;
                default -> null;
            };
            return terms == null || mapping == null ? terms : new MappedTerms(terms, mapping);
        }

        @Override
        public SortedDocValues getSortedDocValues(String field) throws IOException {
            SortedDocValues values = in.getSortedDocValues(field);
            PathMapping mapping = switch (field) {
                case Schema.ID, Schema.VERSION_GROUP -> paths;
                case Schema.SOURCE -> sources;
                default -> null;
            };
            return values == null || mapping == null ? values : new MappedSorted(values, mapping);
        }

        @Override
        public SortedSetDocValues getSortedSetDocValues(String field) throws IOException {
            SortedSetDocValues values = in.getSortedSetDocValues(field);
            // the source facet's one value: "source<US>publisher's source" → "source<US>this source"
            return values == null || !FACETS.equals(field) ? values : new MappedFacets(values, facetFrom, facetTo);
        }

        @Override
        public StoredFields storedFields() throws IOException {
            StoredFields stored = in.storedFields();
            return new StoredFields() {
                @Override
                public void prefetch(int docID) throws IOException {
                    stored.prefetch(docID);
                }

                @Override
                public void document(int docID, StoredFieldVisitor visitor) throws IOException {
                    stored.document(docID, new MappedVisitor(visitor, paths, sources));
                }
            };
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null; // terms and doc values are not the copy's own
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }

    /** Stored paths and the source as seen here. */
    private static final class MappedVisitor extends StoredFieldVisitor {
        private final StoredFieldVisitor in;
        private final PathMapping paths;
        private final PathMapping sources;

        MappedVisitor(StoredFieldVisitor in, PathMapping paths, PathMapping sources) {
            this.in = in;
            this.paths = paths;
            this.sources = sources;
        }

        @Override
        public Status needsField(FieldInfo fieldInfo) throws IOException {
            return in.needsField(fieldInfo);
        }

        @Override
        public void stringField(FieldInfo fieldInfo, String value) throws IOException {
            String shown = switch (fieldInfo.name) {
                case Schema.ID, Schema.FOLDER -> paths.map(value);
                case Schema.SOURCE -> sources.map(value);
                default -> value;
            };
            in.stringField(fieldInfo, shown);
        }

        @Override
        public void binaryField(FieldInfo fieldInfo, StoredFieldDataInput value) throws IOException {
            in.binaryField(fieldInfo, value);
        }

        @Override
        public void binaryField(FieldInfo fieldInfo, byte[] value) throws IOException {
            in.binaryField(fieldInfo, value);
        }

        @Override
        public void intField(FieldInfo fieldInfo, int value) throws IOException {
            in.intField(fieldInfo, value);
        }

        @Override
        public void longField(FieldInfo fieldInfo, long value) throws IOException {
            in.longField(fieldInfo, value);
        }

        @Override
        public void floatField(FieldInfo fieldInfo, float value) throws IOException {
            in.floatField(fieldInfo, value);
        }

        @Override
        public void doubleField(FieldInfo fieldInfo, double value) throws IOException {
            in.doubleField(fieldInfo, value);
        }
    }

    /** Terms of a path field as seen here; seeks go to the stored term. */
    private static final class MappedTerms extends FilterLeafReader.FilterTerms {
        private final PathMapping mapping;

        MappedTerms(Terms in, PathMapping mapping) {
            super(in);
            this.mapping = mapping;
        }

        @Override
        public TermsEnum iterator() throws IOException {
            return new MappedTermsEnum(in.iterator(), mapping);
        }
    }

    private static final class MappedTermsEnum extends FilterLeafReader.FilterTermsEnum {
        private final PathMapping mapping;

        MappedTermsEnum(TermsEnum in, PathMapping mapping) {
            super(in);
            this.mapping = mapping;
        }

        private BytesRef stored(BytesRef shown) {
            String s = mapping.unmap(shown.utf8ToString());
            return s == null ? null : new BytesRef(s);
        }

        @Override
        public BytesRef next() throws IOException {
            BytesRef term = in.next();
            return term == null ? null : mapping.map(term);
        }

        @Override
        public BytesRef term() throws IOException {
            return mapping.map(in.term());
        }

        @Override
        public boolean seekExact(BytesRef text) throws IOException {
            BytesRef stored = stored(text);
            return stored != null && in.seekExact(stored);
        }

        @Override
        public IOBooleanSupplier prepareSeekExact(BytesRef text) throws IOException {
            BytesRef stored = stored(text);
            return stored == null ? () -> false : in.prepareSeekExact(stored);
        }

        @Override
        public void seekExact(BytesRef term, TermState state) throws IOException {
            BytesRef stored = stored(term);
            if (stored == null) {
                throw new IllegalArgumentException("no term " + term.utf8ToString() + " in this copy");
            }
            in.seekExact(stored, state);
        }

        @Override
        public SeekStatus seekCeil(BytesRef text) throws IOException {
            BytesRef target = mapping.seekTarget(text);
            if (target == null) {
                return SeekStatus.END;
            }
            SeekStatus status = in.seekCeil(target);
            if (status == SeekStatus.FOUND && !mapping.map(in.term()).bytesEquals(text)) {
                return SeekStatus.NOT_FOUND;
            }
            return status;
        }
    }

    /** Sorted doc values of a path field as seen here: ords and order are the copy's. */
    private static final class MappedSorted extends SortedDocValues {
        private final SortedDocValues in;
        private final PathMapping mapping;

        MappedSorted(SortedDocValues in, PathMapping mapping) {
            this.in = in;
            this.mapping = mapping;
        }

        @Override
        public BytesRef lookupOrd(int ord) throws IOException {
            return mapping.map(in.lookupOrd(ord));
        }

        @Override
        public int ordValue() throws IOException {
            return in.ordValue();
        }

        @Override
        public int getValueCount() {
            return in.getValueCount();
        }

        @Override
        public boolean advanceExact(int target) throws IOException {
            return in.advanceExact(target);
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public int nextDoc() throws IOException {
            return in.nextDoc();
        }

        @Override
        public int advance(int target) throws IOException {
            return in.advance(target);
        }

        @Override
        public long cost() {
            return in.cost();
        }
    }

    /** The facet doc values with the one source value swapped (it stays between the same neighbours). */
    private static final class MappedFacets extends SortedSetDocValues {
        private final SortedSetDocValues in;
        private final BytesRef from;
        private final BytesRef to;

        MappedFacets(SortedSetDocValues in, String from, String to) {
            this.in = in;
            this.from = new BytesRef(from);
            this.to = new BytesRef(to);
        }

        @Override
        public BytesRef lookupOrd(long ord) throws IOException {
            BytesRef value = in.lookupOrd(ord);
            return value.bytesEquals(from) ? to : value;
        }

        @Override
        public long nextOrd() throws IOException {
            return in.nextOrd();
        }

        @Override
        public int docValueCount() {
            return in.docValueCount();
        }

        @Override
        public long getValueCount() {
            return in.getValueCount();
        }

        @Override
        public boolean advanceExact(int target) throws IOException {
            return in.advanceExact(target);
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public int nextDoc() throws IOException {
            return in.nextDoc();
        }

        @Override
        public int advance(int target) throws IOException {
            return in.advance(target);
        }

        @Override
        public long cost() {
            return in.cost();
        }
    }
}
