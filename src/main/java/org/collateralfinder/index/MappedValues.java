package org.collateralfinder.index;

import java.io.IOException;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOBooleanSupplier;

/**
 * Terms and doc values of a copied index's path fields as this machine sees them ({@link MappedReader}):
 * values mapped on the way out, seeks mapped back to the stored value on the way in; ords, order,
 * postings and statistics stay the copy's own.
 */
final class MappedValues {

    private MappedValues() {
    }

    /** Terms of a path field as seen here; seeks go to the stored term. */
    static final class PathTerms extends FilterLeafReader.FilterTerms {
        private final PathMapping mapping;

        PathTerms(Terms in, PathMapping mapping) {
            super(in);
            this.mapping = mapping;
        }

        @Override
        public TermsEnum iterator() throws IOException {
            return new TermsEnumView(in.iterator(), mapping);
        }
    }

    private static final class TermsEnumView extends FilterLeafReader.FilterTermsEnum {
        private final PathMapping mapping;

        TermsEnumView(TermsEnum in, PathMapping mapping) {
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
    static final class PathSorted extends SortedDocValues {
        private final SortedDocValues in;
        private final PathMapping mapping;

        PathSorted(SortedDocValues in, PathMapping mapping) {
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
    static final class SourceFacet extends SortedSetDocValues {
        private final SortedSetDocValues in;
        private final BytesRef from;
        private final BytesRef to;

        SourceFacet(SortedSetDocValues in, String from, String to) {
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
