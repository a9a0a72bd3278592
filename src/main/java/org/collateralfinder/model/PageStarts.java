package org.collateralfinder.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Where each page of a PDF, slide of a presentation or sheet of a workbook starts in the file's extracted
 * text, as character offsets, in order, with the sheets' names. A file without pages (a letter, plain text,
 * a format whose reader does not mark them) has none; page {@code n} (1-based) runs from its start to the
 * next page's start, the last one to where the pages end: the text's end, or before text that is the file's but
 * no page's (a document embedded in it whose page is not known).
 */
public final class PageStarts {

    public static final PageStarts NONE = new PageStarts(new int[0], List.of());

    private final int[] offsets;
    private final List<String> names;
    /** Where the last page ends, or {@link #OPEN} when it runs to the text's end. */
    private final int end;

    /** The last page runs to the text's end. */
    public static final int OPEN = -1;

    /**
     * @param offsets where each page starts, ascending; the last page runs to the text's end
     * @param names   each page's name (a sheet's), null where it has none; empty when no page has one
     */
    public PageStarts(int[] offsets, List<String> names) {
        this(offsets, names, OPEN);
    }

    /**
     * @param offsets where each page starts, ascending
     * @param names   each page's name (a sheet's), null where it has none; empty when no page has one
     * @param end     where the last page ends (the text after it is no page's), or {@link #OPEN} for the text's end
     */
    public PageStarts(int[] offsets, List<String> names, int end) {
        if (end != OPEN && (offsets.length == 0 || end < offsets[offsets.length - 1])) {
            throw new IllegalArgumentException("the pages end at " + end + ", before the last one starts");
        }
        if (!names.isEmpty() && names.size() != offsets.length) {
            throw new IllegalArgumentException(names.size() + " names for " + offsets.length + " pages");
        }
        for (int i = 1; i < offsets.length; i++) {
            if (offsets[i] < offsets[i - 1]) {
                throw new IllegalArgumentException("page starts out of order at page " + (i + 1));
            }
        }
        this.offsets = offsets.clone();
        this.end = end;
        this.names = names.stream().allMatch(n -> n == null) ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(names));
    }

    /** How many pages start in the text. */
    public int count() {
        return offsets.length;
    }

    public boolean isEmpty() {
        return offsets.length == 0;
    }

    /** Where page {@code page} (1-based) starts. */
    public int start(int page) {
        return offsets[page - 1];
    }

    /**
     * Where page {@code page} (1-based) ends: where the next one starts, else where the pages end, else
     * {@code textLength}.
     */
    public int end(int page, int textLength) {
        if (page < offsets.length) {
            return offsets[page];
        }
        return end != OPEN ? end : Math.max(textLength, offsets[page - 1]);
    }

    /** Where the last page ends, or {@link #OPEN} when it runs to the text's end. */
    public int end() {
        return end;
    }

    /**
     * The page (1-based) the character at {@code offset} is on; text before the first page start counts as
     * the first page. 0 when there are no pages, or the character is past where the pages end (no page's).
     */
    public int pageOf(int offset) {
        if (offsets.length == 0 || (end != OPEN && offset >= end)) {
            return 0;
        }
        int i = Arrays.binarySearch(offsets, offset);
        if (i < 0) {
            i = -i - 2; // the page starting before the offset
        } else {
            while (i + 1 < offsets.length && offsets[i + 1] == offset) {
                i++; // empty pages start where the next one does: the offset is on the last of them
            }
        }
        return Math.max(0, i) + 1;
    }

    /** The name of page {@code page} (1-based): a sheet's name, else null. */
    public String name(int page) {
        return names.isEmpty() ? null : names.get(page - 1);
    }

    /** The offsets, a copy. */
    public int[] offsets() {
        return offsets.clone();
    }

    /** Each page's name, null where it has none; empty when no page has a name. */
    public List<String> names() {
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageStarts other && Arrays.equals(offsets, other.offsets) && names.equals(other.names)
                && end == other.end;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(offsets) + names.hashCode()) + end;
    }

    @Override
    public String toString() {
        return "PageStarts" + Arrays.toString(offsets) + (names.isEmpty() ? "" : names) + (end == OPEN ? "" : " to " + end);
    }
}
