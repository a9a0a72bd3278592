package org.collateralfinder.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BytesRef;
import org.collateralfinder.model.PageStarts;

/**
 * How {@link Schema#PAGE_STARTS} and {@link Schema#PAGE_NAMES} hold a file's {@link PageStarts}: the page count,
 * the starts as variable-length gaps from the previous one (a 300-page PDF takes about 600 bytes), then, when the
 * pages end before the text does ({@link PageStarts#end()}), the gap from the last start to their end (schema 7);
 * the names joined by a unit separator, stored only when a page has one.
 */
public final class PageStartsField {

    /** Between two page names (a character no sheet name can hold). */
    static final char NAME_SEPARATOR = '\u001f';

    private PageStartsField() {
    }

    static BytesRef encode(PageStarts starts) {
        byte[] out = new byte[(starts.count() + 2) * 5];
        int length = writeVInt(out, 0, starts.count());
        int previous = 0;
        for (int offset : starts.offsets()) {
            length = writeVInt(out, length, offset - previous);
            previous = offset;
        }
        if (starts.end() != PageStarts.OPEN) {
            length = writeVInt(out, length, starts.end() - previous);
        }
        return new BytesRef(out, 0, length);
    }

    private static int writeVInt(byte[] out, int at, int value) {
        int length = at;
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            out[length++] = (byte) ((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out[length++] = (byte) rest;
        return length;
    }

    static String encodeNames(PageStarts starts) {
        StringBuilder joined = new StringBuilder();
        List<String> names = starts.names();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                joined.append(NAME_SEPARATOR);
            }
            joined.append(names.get(i) == null ? "" : names.get(i).replace(NAME_SEPARATOR, ' '));
        }
        return joined.toString();
    }

    /** A document's page starts, as {@link Schema#toDocument} stored them; none when it has none. */
    public static PageStarts of(Document doc) {
        IndexableField field = doc.getField(Schema.PAGE_STARTS);
        BytesRef bytes = field == null ? null : field.binaryValue();
        if (bytes == null || bytes.length == 0) {
            return PageStarts.NONE;
        }
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        int count = in.readVInt();
        int[] offsets = new int[count];
        int previous = 0;
        for (int i = 0; i < count; i++) {
            previous += in.readVInt();
            offsets[i] = previous;
        }
        int end = in.eof() ? PageStarts.OPEN : previous + in.readVInt();
        String joined = doc.get(Schema.PAGE_NAMES);
        List<String> names = new ArrayList<>();
        if (joined != null) {
            for (String name : joined.split(String.valueOf(NAME_SEPARATOR), -1)) {
                names.add(name.isEmpty() ? null : name);
            }
        }
        return new PageStarts(offsets, names.size() == count ? names : List.of(), end);
    }
}
