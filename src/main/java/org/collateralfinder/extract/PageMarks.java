package org.collateralfinder.extract;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.collateralfinder.model.PageStarts;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Notes where each page, slide or sheet starts in the text being written, from the marks Tika's parsers
 * put in their XHTML (checked on the real files of the test corpus with Tika 3.3.1):
 * <ul>
 * <li>PDF: {@code <div class="page">} per page;</li>
 * <li>PPTX: {@code <div class="slide-content">} per slide, its master's text and notes after it;</li>
 * <li>PPT: {@code <div class="slide">} around each slide, its notes inside;</li>
 * <li>XLSX: {@code <div class="sheet">}, XLS: {@code <div class="page">}, each with the sheet's name in a
 * first {@code <h1>};</li>
 * <li>ODS: each sheet a top-level {@code <table>} (no name); ODP and word-processing files mark no pages.</li>
 * </ul>
 * A document's kind of mark is the first one met; marks inside another mark and those of an embedded document
 * (a workbook in a deck, a PDF attached to a PDF: {@link #enterEmbedded}) are not the file's pages.
 * <p>
 * Tika writes the documents embedded in a PPTX (and the pictures of a PPT, the files attached to a PDF as a whole)
 * after the last page, where they were the last slide's text (s15 report, MAJOR 1: slide 8's embedded presentation
 * named slide 11). An embedded document written outside every page is moved to the end of the page that holds it,
 * known when that page marks where it sits ({@code <div class="embedded" id="slide8_rId4">}, the id Tika gives the
 * embedded document as its relationship id); one whose page is not known goes after the pages' end: the file's
 * words, no page's ({@link PageStarts#end()}).
 */
final class PageMarks extends ContentHandlerDecorator {

    private static final Set<String> MARKS = Set.of("page", "sheet", "slide", "slide-content");
    private static final Set<String> EMBEDDED = Set.of("package-entry", "embedded");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "blockquote",
            "pre", "tr", "dt", "dd", "title");
    private static final char[] NEW_LINE = {'\n'};

    private final StringWriter out;
    /** For each open div: whether it is a page mark or an embedded document. */
    private final Deque<Boolean> divs = new ArrayDeque<>();
    private int enclosing;
    private int embeddedDocuments;
    private String kind;
    private final List<Integer> starts = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private boolean awaitingName;
    private StringBuilder name;
    private int tableDepth;
    private final List<Integer> tables = new ArrayList<>();
    /** The page each embedded document's place mark is on, by its id; 0 when marked on two pages. */
    private final Map<String, Integer> placed = new HashMap<>();
    /** The embedded documents written outside every page, in order. */
    private final List<Outside> outside = new ArrayList<>();
    private int outsideStart = -1;
    private String outsideId;

    /** An embedded document's text written outside every page: {@code [start, end)}, with its id (may be null). */
    private record Outside(int start, int end, String id) {
    }

    /** The text as the pages hold it and where they start. */
    record Paged(String text, PageStarts starts) {
    }

    /**
     * @param body where the text goes
     * @param out  the writer {@code body} writes the text to (its length is where a page starts)
     */
    PageMarks(ContentHandler body, StringWriter out) {
        super(body);
        this.out = out;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (awaitingName && !localName.equals("h1")) {
            awaitingName = false;
        }
        if (localName.equals("div")) {
            String cls = atts.getValue("class");
            boolean mark = cls != null && MARKS.contains(cls);
            boolean embedded = cls != null && EMBEDDED.contains(cls);
            String id = atts.getValue("id");
            if ("embedded".equals(cls) && id != null && embeddedDocuments == 0 && enclosing > 0 && !starts.isEmpty()) {
                // where a page holds an embedded document (Tika writes the document itself after the last page)
                placed.merge(id, starts.size(), (was, now) -> was.equals(now) ? was : 0);
            }
            if (mark && enclosing == 0 && embeddedDocuments == 0) {
                if (kind == null) {
                    kind = cls;
                }
                if (kind.equals(cls)) {
                    starts.add(length());
                    names.add(null);
                    awaitingName = true;
                }
            }
            divs.push(mark || embedded);
            if (mark || embedded) {
                enclosing++;
            }
        } else if (localName.equals("h1") && awaitingName) {
            awaitingName = false;
            name = new StringBuilder();
        } else if (localName.equals("table")) {
            if (tableDepth == 0 && enclosing == 0 && embeddedDocuments == 0) {
                tables.add(length());
            }
            tableDepth++;
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (localName.equals("div") && !divs.isEmpty() && divs.pop()) {
            enclosing--;
        } else if (localName.equals("h1") && name != null) {
            String n = name.toString().strip();
            names.set(names.size() - 1, n.isEmpty() ? null : n);
            name = null;
        } else if (localName.equals("table") && tableDepth > 0) {
            tableDepth--;
        }
        super.endElement(uri, localName, qName);
        if (BLOCKS.contains(localName)) {
            endLine();
        }
    }

    /**
     * A block (a paragraph, a heading, an item) ends a line. Most parsers say so themselves; the OpenDocument one does
     * not, and a heading ran into the paragraph after it ("Product OverviewModules"), in snippets and as one word in
     * the index (window re-test 11).
     */
    private void endLine() throws SAXException {
        StringBuffer text = out.getBuffer();
        if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
            super.ignorableWhitespace(NEW_LINE, 0, 1);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (name != null) {
            name.append(ch, start, length);
        } else if (awaitingName && !new String(ch, start, length).isBlank()) {
            awaitingName = false;
        }
        super.characters(ch, start, length);
    }

    /**
     * An embedded document's text begins: its marks are its own pages, not the file's.
     *
     * @param id the id Tika gave it (its relationship id in a package), null when none
     */
    void enterEmbedded(String id) {
        if (embeddedDocuments == 0 && enclosing == 0) {
            outsideStart = length();
            outsideId = id;
        }
        embeddedDocuments++;
    }

    void leaveEmbedded() {
        embeddedDocuments--;
        if (embeddedDocuments == 0 && outsideStart >= 0) {
            outside.add(new Outside(outsideStart, length(), outsideId));
            outsideStart = -1;
        }
    }

    private int length() {
        return out.getBuffer().length();
    }

    /**
     * The text written, with each embedded document written outside every page moved to the end of the page that
     * holds it, or after the pages' end when that page is not known; and where the pages start in it.
     *
     * @param written     the text as it was written (the writer's, perhaps cut at the length limit)
     * @param contentType the type Tika detected; names are kept for workbooks only
     */
    Paged paged(String written, String contentType) {
        PageStarts marked = starts(contentType);
        List<Outside> moved = outside.stream().filter(o -> o.end() > o.start() && o.end() <= written.length()).toList();
        if (starts.isEmpty() || marked.count() != starts.size() || moved.isEmpty()) {
            return new Paged(written, marked);
        }
        int pages = starts.size();
        List<List<Outside>> onPage = new ArrayList<>();
        for (int page = 0; page <= pages; page++) {
            onPage.add(new ArrayList<>());
        }
        for (Outside o : moved) {
            onPage.get(o.id() == null ? 0 : placed.getOrDefault(o.id(), 0)).add(o);
        }
        StringBuilder text = new StringBuilder(written.length() + pages);
        int[] offsets = new int[pages];
        int from = 0;
        int next = 0; // the next embedded document to leave out where it was written
        for (int page = 1; page <= pages + 1; page++) {
            int upTo = page <= pages ? starts.get(page - 1) : written.length();
            while (next < moved.size() && moved.get(next).start() < upTo) {
                text.append(written, from, moved.get(next).start());
                from = moved.get(next).end();
                next++;
            }
            text.append(written, Math.min(from, upTo), upTo);
            from = Math.max(from, upTo);
            if (page > 1) {
                onPage.get(page - 1).forEach(o -> appendBlock(text, written.substring(o.start(), o.end())));
            }
            if (page <= pages) {
                offsets[page - 1] = text.length();
            }
        }
        int end = PageStarts.OPEN;
        if (!onPage.getFirst().isEmpty()) {
            end = text.length();
            onPage.getFirst().forEach(o -> appendBlock(text, written.substring(o.start(), o.end())));
        }
        return new Paged(text.toString(), new PageStarts(offsets, marked.names(), end));
    }

    /** Appends a block of text, on a line of its own. */
    private static void appendBlock(StringBuilder text, String block) {
        if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
            text.append('\n');
        }
        text.append(block);
    }

    /**
     * Where the pages start in the text as written: the div marks, else, for a spreadsheet of the OpenDocument
     * format, its tables.
     *
     * @param contentType the type Tika detected; names are kept for workbooks only
     */
    private PageStarts starts(String contentType) {
        String type = contentType == null ? "" : contentType;
        if (starts.isEmpty() && type.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
            return new PageStarts(tables.stream().mapToInt(Integer::intValue).toArray(), List.of());
        }
        if (starts.isEmpty()) {
            return PageStarts.NONE;
        }
        boolean workbook = type.contains("spreadsheet") || type.contains("ms-excel");
        return new PageStarts(starts.stream().mapToInt(Integer::intValue).toArray(), workbook ? names : List.of());
    }
}
