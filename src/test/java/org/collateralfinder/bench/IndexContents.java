package org.collateralfinder.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.UnicodeUtil;
import org.collateralfinder.index.Schema;

/**
 * What an index holds, read with Lucene after a run: the extracted text size (UTF-8 bytes of the stored
 * body field), the stored titles and file names (the query mix is drawn from them) and the types and
 * extensions present.
 *
 * @param documents  live documents
 * @param failed     documents stored with a failure reason
 * @param bodyBytes  sum of UTF-8 bytes of the stored body field
 * @param titles     the stored titles (documents without a title are left out)
 * @param fileNames  the stored file names
 * @param types      document count per type id
 * @param extensions document count per extension
 */
record IndexContents(int documents, int failed, long bodyBytes, List<String> titles, List<String> fileNames,
                     Map<String, Integer> types, Map<String, Integer> extensions) {

    static IndexContents read(Path indexDir) throws IOException {
        Collector c = new Collector();
        try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                StoredFields stored = r.storedFields();
                for (int doc = 0; doc < r.maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    c.documents++;
                    stored.document(doc, c);
                }
            }
        }
        return new IndexContents(c.documents, c.failed, c.bodyBytes, c.titles, c.fileNames, c.types, c.extensions);
    }

    private static final class Collector extends StoredFieldVisitor {
        int documents;
        int failed;
        long bodyBytes;
        final List<String> titles = new ArrayList<>();
        final List<String> fileNames = new ArrayList<>();
        final Map<String, Integer> types = new TreeMap<>();
        final Map<String, Integer> extensions = new TreeMap<>();

        @Override
        public Status needsField(FieldInfo field) {
            return switch (field.name) {
                case Schema.BODY, Schema.TITLE, Schema.FILENAME, Schema.TYPE, Schema.EXT, Schema.FAILURE -> Status.YES;
                default -> Status.NO;
            };
        }

        @Override
        public void stringField(FieldInfo field, String value) {
            switch (field.name) {
                case Schema.BODY -> bodyBytes += UnicodeUtil.calcUTF16toUTF8Length(value, 0, value.length());
                case Schema.TITLE -> titles.add(value);
                case Schema.FILENAME -> fileNames.add(value);
                case Schema.TYPE -> types.merge(value, 1, Integer::sum);
                case Schema.EXT -> extensions.merge(value, 1, Integer::sum);
                case Schema.FAILURE -> failed++;
                default -> { }
            }
        }
    }
}
