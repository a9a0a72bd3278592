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
import org.apache.lucene.index.Terms;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

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
            return terms == null || mapping == null ? terms : new MappedValues.PathTerms(terms, mapping);
        }

        @Override
        public SortedDocValues getSortedDocValues(String field) throws IOException {
            SortedDocValues values = in.getSortedDocValues(field);
            PathMapping mapping = switch (field) {
                case Schema.ID, Schema.VERSION_GROUP -> paths;
                case Schema.SOURCE -> sources;
                default -> null;
            };
            return values == null || mapping == null ? values : new MappedValues.PathSorted(values, mapping);
        }

        @Override
        public SortedSetDocValues getSortedSetDocValues(String field) throws IOException {
            SortedSetDocValues values = in.getSortedSetDocValues(field);
            // the source facet's one value: "source<US>publisher's source" → "source<US>this source"
            return values == null || !FACETS.equals(field) ? values : new MappedValues.SourceFacet(values, facetFrom, facetTo);
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
}
