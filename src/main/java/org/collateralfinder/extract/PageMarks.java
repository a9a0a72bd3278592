package org.collateralfinder.extract;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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

    /** An embedded document's text begins: its marks are its own pages, not the file's. */
    void enterEmbedded() {
        embeddedDocuments++;
    }

    void leaveEmbedded() {
        embeddedDocuments--;
    }

    private int length() {
        return out.getBuffer().length();
    }

    /**
     * Where the pages start: the div marks, else, for a spreadsheet of the OpenDocument format, its tables.
     *
     * @param contentType the type Tika detected; names are kept for workbooks only
     */
    PageStarts starts(String contentType) {
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
