package org.collateralfinder.index;

import java.io.IOException;
import java.io.Reader;
import java.text.Collator;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.collateralfinder.model.FailureReason;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.IndexedFile;

/**
 * The index schema, in one place: every field's name, how it is indexed and stored, the analyzers,
 * and the version whose change makes the next run rebuild the index. Everything the result list
 * shows is stored, so results display while a share is offline.
 */
public final class Schema {

    /** Bump when a field, an analyzer or the document layout changes: the index is then rebuilt. */
    public static final int VERSION = 7;
    public static final String VERSION_KEY = "schema_version";

    // Identity and state
    /** Unique key (absolute path; archive members {@code archive.zip!/member}). String, stored, sorted doc values. */
    public static final String ID = "id";
    /** The source folder. String, stored, sorted doc values, facet "source". */
    public static final String SOURCE = "source";
    /** Size in bytes. Point, doc values, stored. */
    public static final String SIZE = "size";
    /** Last-modified epoch milliseconds. Point, doc values, stored. */
    public static final String MODIFIED = "modified";
    /**
     * Status-change time (ctime) epoch milliseconds when the file was found, where the file system gives one
     * ({@link #addChangeTime}). Doc values only: the next run compares it, nothing searches or shows it. Documents
     * without it (archive members, Windows, documents written before it was kept) are compared by size and time.
     */
    public static final String CHANGED = "changed";
    /** SHA-256 of the bytes. String, stored, sorted doc values. */
    public static final String HASH = "content_hash";
    /** "ok" or "failed". String. */
    public static final String STATE = "state";
    /** Failure reason id and its sentence. Stored. */
    public static final String FAILURE = "failure";
    public static final String FAILURE_DETAIL = "failure_detail";

    // Searchable text
    /** Document title from its metadata. Text (stemmed), stored. */
    public static final String TITLE = "title";
    /** The file name, split on camelCase, _, -, . and digits. Text, stored. */
    public static final String FILENAME = "filename";
    /** The whole path, split like file names, for {@code path:}. Text. */
    public static final String PATH_TEXT = "path";
    /** Author. Text, stored. */
    public static final String AUTHOR = "author";
    /** Extracted text. Text with offsets (for snippets), stored. */
    public static final String BODY = "body";
    /**
     * Title and file-name words as typed: split like file names, lower case, accents folded, not stemmed.
     * Frequencies only. What typo-tolerant and as-you-type matching expand against.
     */
    public static final String NAME_WORDS = "name_words";
    /** Body words as typed: lower case, accents folded, not stemmed. Frequencies only. */
    public static final String BODY_WORDS = "body_words";

    // Grouping
    /** Folder and file name without version markers ({@link VersionNames}). String, sorted doc values. */
    public static final String VERSION_GROUP = "version_group";
    /** MinHash of the body's shingles ({@link TextSignature}), for near-identical texts. Binary doc values. */
    public static final String SIGNATURE = "signature";
    /** What the result list shows as the name (title, else file name): suggestions. Sorted doc values. */
    public static final String LABEL = "label";
    /**
     * The shown name's collation key (root locale, case and width ignored, accents not): the order of
     * {@code --sort name}. Sorted doc values.
     */
    public static final String NAME_ORDER = "name_order";

    // Filters and facets
    /** The {@link org.collateralfinder.model.FileKind} id. String, stored, facet "type". */
    public static final String TYPE = "type";
    /** Lower-case extension. String, stored. */
    public static final String EXT = "ext";
    /** Year modified. Facet "year", string. */
    public static final String YEAR = "year";
    public static final String FOLDER = "folder";
    public static final String PAGES = "pages";
    /**
     * Where each page, slide or sheet starts in {@link #BODY} ({@link PageStartsField}): which pages a search
     * matched on, and where they end when text that is no page's follows (schema 7: a document embedded in a deck
     * is its slide's text, or no slide's, no longer the last slide's). Stored, binary; absent for files without
     * pages.
     */
    public static final String PAGE_STARTS = "page_starts";
    /** The sheets' names, one per page ({@link PageStartsField}). Stored; absent when no page has a name. */
    public static final String PAGE_NAMES = "page_names";
    public static final String CONTENT_TYPE = "content_type";

    public static final String STATE_OK = "ok";
    public static final String STATE_FAILED = "failed";

    /** The files whose text could not be read: what every "could not be read" goes by (a run's, a source's, status). */
    public static Query failedDocuments() {
        return new TermQuery(new Term(STATE, STATE_FAILED));
    }

    /** The body's words (stored apart, as a {@link StoredField}): offsets for snippets. */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_NOT_STORED);
    private static final FieldType WORDS_TYPE = new FieldType(TextField.TYPE_NOT_STORED);
    private static final int MAX_LABEL_CHARS = 200;

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
        WORDS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WORDS_TYPE.freeze();
    }

    private static final FacetsConfig FACETS = new FacetsConfig();
    private static final Analyzer QUERY = new ProseAnalyzer(Stemming.STEMMED, Use.QUERY);
    private static final Analyzer WORDS = new ProseAnalyzer(Stemming.AS_WRITTEN, Use.QUERY);
    private static final Analyzer NAME_PARTS = new FileNameAnalyzer(Stemming.AS_WRITTEN, Use.QUERY);
    private static final Analyzer NAME_QUERY = new FileNameAnalyzer(Stemming.STEMMED, Use.QUERY);

    private Schema() {
    }

    public static FacetsConfig facetsConfig() {
        return FACETS;
    }

    /** The analyzer used when indexing: file names and paths split into their parts. */
    public static Analyzer indexAnalyzer() {
        Analyzer text = new ProseAnalyzer(Stemming.STEMMED, Use.INDEX);
        Analyzer names = new FileNameAnalyzer(Stemming.STEMMED, Use.INDEX);
        return new PerFieldAnalyzerWrapper(text, Map.of(FILENAME, names, PATH_TEXT, names,
                NAME_WORDS, new FileNameAnalyzer(Stemming.AS_WRITTEN, Use.INDEX), BODY_WORDS, new ProseAnalyzer(Stemming.AS_WRITTEN, Use.INDEX)));
    }

    /** Titles and file names split into their parts, whole words kept, not stemmed (as {@link #NAME_WORDS} holds them). */
    public static Analyzer nameWordsAnalyzer() {
        return new FileNameAnalyzer(Stemming.AS_WRITTEN, Use.INDEX);
    }

    /** A file name typed into the search box, split into its parts only (no whole words kept), not stemmed. */
    public static Analyzer namePartsAnalyzer() {
        return NAME_PARTS;
    }

    /**
     * A file name or path typed after {@code path:}, {@code name:} or {@code title:}: split into its parts
     * and stemmed, as {@link #FILENAME} and {@link #PATH_TEXT} hold them (the parts, in order, find it).
     */
    public static Analyzer nameQueryAnalyzer() {
        return NAME_QUERY;
    }

    /** Words as typed (lower case, accents folded, not stemmed): how {@link #NAME_WORDS} and {@link #BODY_WORDS} see a query word. */
    public static Analyzer wordsAnalyzer() {
        return WORDS;
    }

    /**
     * The analyzer used for queries: the same normalisation, without splitting what the rep typed. One
     * shared instance (analyzers are safe to use from several threads; never close it).
     */
    public static Analyzer queryAnalyzer() {
        return QUERY;
    }

    /** Adds a file's status-change time ({@link #CHANGED}) to its document; nothing when it is not known (0). */
    public static void addChangeTime(Document doc, long changedMillis) {
        if (changedMillis != 0) {
            doc.add(new NumericDocValuesField(CHANGED, changedMillis));
        }
    }

    public static Document toDocument(IndexedFile f) {
        Document doc = new Document();
        doc.add(new StringField(ID, f.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(f.id())));
        doc.add(new StringField(SOURCE, f.source(), Field.Store.YES));
        doc.add(new SortedDocValuesField(SOURCE, new BytesRef(f.source())));
        doc.add(new SortedSetDocValuesFacetField(SOURCE, f.source()));
        doc.add(new LongPoint(SIZE, f.size()));
        doc.add(new NumericDocValuesField(SIZE, f.size()));
        doc.add(new StoredField(SIZE, f.size()));
        doc.add(new LongPoint(MODIFIED, f.modifiedMillis()));
        doc.add(new NumericDocValuesField(MODIFIED, f.modifiedMillis()));
        doc.add(new StoredField(MODIFIED, f.modifiedMillis()));
        if (f.contentHash() != null) {
            doc.add(new StringField(HASH, f.contentHash(), Field.Store.YES));
            doc.add(new SortedDocValuesField(HASH, new BytesRef(f.contentHash())));
        }
        doc.add(new StringField(STATE, f.failure() == null ? STATE_OK : STATE_FAILED, Field.Store.NO));
        if (f.failure() != null) {
            doc.add(new StoredField(FAILURE, f.failure().id()));
            doc.add(new StoredField(FAILURE_DETAIL, f.failureDetail() == null ? "" : f.failureDetail()));
        }
        if (f.title() != null) {
            String title = Normalizer.normalize(f.title(), Normalizer.Form.NFC);
            doc.add(new TextField(TITLE, title, Field.Store.YES));
            doc.add(new Field(NAME_WORDS, title, WORDS_TYPE));
        }
        // names from macOS come decomposed (e + combining accent): compose them so folding finds them
        String fileName = Normalizer.normalize(f.fileName(), Normalizer.Form.NFC);
        doc.add(new TextField(FILENAME, fileName, Field.Store.YES));
        doc.add(new Field(NAME_WORDS, fileName, WORDS_TYPE));
        doc.add(new TextField(PATH_TEXT, Normalizer.normalize(f.id(), Normalizer.Form.NFC), Field.Store.NO));
        String versionKey = VersionNames.key(f.folder(), fileName);
        doc.add(new StringField(VERSION_GROUP, versionKey, Field.Store.NO));
        doc.add(new SortedDocValuesField(VERSION_GROUP, new BytesRef(versionKey)));
        doc.add(new SortedDocValuesField(LABEL, new BytesRef(label(f))));
        doc.add(new SortedDocValuesField(NAME_ORDER, new BytesRef(nameOrderKey(label(f)))));
        if (f.author() != null) {
            doc.add(new TextField(AUTHOR, f.author(), Field.Store.YES));
        }
        // analysed once for both fields (BodyTokens): the same words as indexAnalyzer() gives each of them
        BodyTokens body = new BodyTokens(f.text() == null ? "" : f.text());
        doc.add(new StoredField(BODY, f.text() == null ? "" : f.text()));
        doc.add(new Field(BODY, body.stemmed(), BODY_TYPE));
        if (f.text() != null && !f.text().isEmpty()) {
            doc.add(new Field(BODY_WORDS, body.asTyped(), WORDS_TYPE));
            byte[] signature = TextSignature.of(f.text());
            if (signature != null) {
                doc.add(new BinaryDocValuesField(SIGNATURE, new BytesRef(signature)));
            }
        }
        doc.add(new StringField(TYPE, f.kind().id(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(TYPE, f.kind().id()));
        doc.add(new StringField(EXT, f.extension(), Field.Store.YES));
        String year = Integer.toString(Instant.ofEpochMilli(f.modifiedMillis()).atZone(ZoneOffset.UTC).getYear());
        doc.add(new StringField(YEAR, year, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(YEAR, year));
        doc.add(new StoredField(FOLDER, f.folder()));
        doc.add(new StoredField(PAGES, f.pages()));
        if (!f.pageStarts().isEmpty()) {
            doc.add(new StoredField(PAGE_STARTS, PageStartsField.encode(f.pageStarts())));
            if (!f.pageStarts().names().isEmpty()) {
                doc.add(new StoredField(PAGE_NAMES, PageStartsField.encodeNames(f.pageStarts())));
            }
        }
        if (f.contentType() != null) {
            doc.add(new StoredField(CONTENT_TYPE, f.contentType()));
        }
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new IllegalStateException("facet configuration is inconsistent", e);
        }
    }

    /**
     * Rebuilds what was indexed from a document's stored fields, so documents can be re-keyed (a share
     * mounted elsewhere) or re-analysed without extracting the file again.
     */
    public static IndexedFile fromDocument(Document doc) {
        String failure = doc.get(FAILURE);
        String ext = doc.get(EXT);
        return new IndexedFile(doc.get(ID), doc.get(SOURCE), doc.get(FILENAME), doc.get(FOLDER), ext,
                FileKind.ofExtension(ext), storedLong(doc, SIZE), storedLong(doc, MODIFIED),
                doc.get(HASH), doc.get(TITLE), doc.get(AUTHOR), (int) storedLong(doc, PAGES), doc.get(CONTENT_TYPE),
                doc.get(BODY), failure == null ? null : FailureReason.fromId(failure),
                doc.get(FAILURE_DETAIL), PageStartsField.of(doc));
    }

    /** A stored number of a document (size, modified, pages), 0 when it has none. */
    public static long storedLong(Document doc, String field) {
        var f = doc.getField(field);
        return f == null || f.numericValue() == null ? 0 : f.numericValue().longValue();
    }

    /**
     * The title a result shows: the document's title, else its file name without the extension (what
     * {@code title:} searches too), without control characters.
     */
    public static String shownTitle(String title, String fileName) {
        String shown = title == null ? "" : TitleCleaner.withoutControls(title);
        if (shown.isEmpty()) {
            int dot = fileName.lastIndexOf('.');
            shown = dot > 0 ? fileName.substring(0, dot) : fileName;
        }
        return shown;
    }

    /** The collation key of a shown name: "aardvark" &lt; "Alpha" &lt; "brochure", whatever the case. */
    static byte[] nameOrderKey(String shown) {
        Collator collator = Collator.getInstance(Locale.ROOT); // not thread-safe: one per call
        collator.setStrength(Collator.SECONDARY);
        return collator.getCollationKey(shown).toByteArray();
    }

    /** The title, else the file name without its extension, cut to a length suggestions can show. */
    static String label(IndexedFile f) {
        String label = shownTitle(f.title(), f.fileName());
        label = label.strip().replaceAll("\\s+", " ");
        return label.length() > MAX_LABEL_CHARS ? label.substring(0, MAX_LABEL_CHARS) : label;
    }

    /** Whether an analyzer reduces words to their stems ("pricing" finds "priced") or keeps them as written. */
    enum Stemming { STEMMED, AS_WRITTEN }

    /**
     * Words the stemmer keeps as written: names whose stem is another word people search for (Porter cuts
     * "acme" to "acm", so Acme's files and ACM's found each other). Only the word itself is kept, so the
     * forms of every other word still find each other; a word belongs here when it has no forms of its own
     * to find (the short words Porter cuts the same way, "use" to "us", "one" to "on", do: not these).
     */
    private static final CharArraySet KEPT_AS_WRITTEN = CharArraySet.unmodifiableSet(new CharArraySet(List.of("acme"), false));

    /** English stemming, the same for every stemmed field and query: Porter's, less {@link #KEPT_AS_WRITTEN}. */
    static TokenStream stemmed(TokenStream words) {
        return new PorterStemFilter(new SetKeywordMarkerFilter(words, KEPT_AS_WRITTEN));
    }

    /**
     * What an analyzer reads: a document being indexed (a word made of parts gives the whole word and its
     * parts) or a query (words as typed).
     */
    enum Use { INDEX, QUERY }

    /**
     * Words of prose: Unicode word breaks, lower case, accents folded, English stemming (or not, for the
     * as-typed fields). When indexing, a word made of parts ({@code Outer_haystack}, {@code accent1},
     * {@code PowerPoint}, {@code twitter.com}) is kept whole and also split into its parts, so either
     * finds it; queries are not split, but keep the positions the parts take in the index (phrases line up).
     */
    static final class ProseAnalyzer extends Analyzer {
        private static final int PARTS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
                | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
                | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
                | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
                | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE
                | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

        private final boolean stem;
        private final boolean parts;

        ProseAnalyzer(Stemming stemming, Use use) {
            this.stem = stemming == Stemming.STEMMED;
            this.parts = use == Use.INDEX;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new WordParts(source);
            if (!parts) {
                stream = new WithoutParts(stream);
            }
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new EnglishPossessiveFilter(stream);
            if (stem) {
                stream = stemmed(stream);
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        /**
         * The word splitter (then flattened) for the words that have parts. Most words are plain letters,
         * lower case or capitalised, or plain digits: the splitter would give them back unchanged, after
         * saving and restoring each one's state (analysing the bodies took twice as long). The same tokens
         * either way (checked on the 1,034 real test files and 20,000 generated documents).
         */
        private static final class WordParts extends ConditionalTokenFilter {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

            WordParts(TokenStream input) {
                super(input, in -> new FlattenGraphFilter(new WordDelimiterGraphFilter(in, PARTS, null)));
            }

            @Override
            protected boolean shouldFilter() {
                return !plainWord(term.buffer(), term.length());
            }
        }

        /**
         * A query's words whole, at the positions the index gives them: the index puts a word's parts after
         * it ({@code newfile1} at 0, its parts {@code newfile} at 0 and {@code 1} at 1, the next word at 2),
         * so a query word the index splits leaves as many positions as its parts and a phrase with it lines
         * up ({@code "newfile1 content"}). The splitter gives a word first, then its parts, all with the
         * word's offsets: a token starting before the end of the last one kept is a part of it.
         */
        private static final class WithoutParts extends FilteringTokenFilter {
            private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
            private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
            private int lastEnd;

            WithoutParts(TokenStream input) {
                super(input);
            }

            @Override
            protected boolean accept() {
                if (offset.startOffset() < lastEnd) {
                    return false;
                }
                lastEnd = offset.endOffset();
                length.setPositionLength(1); // the gap is the next word's increment, not a graph to follow
                return true;
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                lastEnd = Integer.MIN_VALUE;
            }
        }

        /** ASCII letters, all lower case but perhaps the first, or ASCII digits only: nothing to split. */
        static boolean plainWord(char[] word, int length) {
            if (length == 0) {
                return false;
            }
            char first = word[0];
            boolean digits = first >= '0' && first <= '9';
            if (!digits && !(first >= 'a' && first <= 'z') && !(first >= 'A' && first <= 'Z')) {
                return false;
            }
            for (int i = 1; i < length; i++) {
                char c = word[i];
                if (digits ? c < '0' || c > '9' : c < 'a' || c > 'z') {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * File names and paths: split on separators, camelCase and letter/digit changes, keeping the whole
     * part too, so {@code Q3_PricingDeck_v2.pptx} matches "pricing deck", "q3" and "v2". Stemmed for
     * {@link #FILENAME} and {@link #PATH_TEXT}, as typed for {@link #NAME_WORDS}.
     */
    static final class FileNameAnalyzer extends Analyzer {
        private static final int FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
                | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
                | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
                | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
                | WordDelimiterGraphFilter.PRESERVE_ORIGINAL
                | WordDelimiterGraphFilter.CATENATE_WORDS;

        private static final Pattern SEPARATORS = Pattern.compile("[\\\\/_\\-.()\\[\\]{},;+!&]+");

        private static final int PARTS_ONLY = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
                | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
                | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
                | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS;

        private final boolean stem;
        private final int flags;

        /**
         * @param stemming whether to stem the parts
         * @param use      indexing keeps whole words and catenations next to the parts; a query has parts only
         */
        FileNameAnalyzer(Stemming stemming, Use use) {
            this.stem = stemming == Stemming.STEMMED;
            this.flags = use == Use.INDEX ? FLAGS : PARTS_ONLY;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            // separators become spaces so each part is its own token before the word splitter runs
            return new PatternReplaceCharFilter(SEPARATORS, " ", reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WhitespaceTokenizer();
            TokenStream stream = new WordDelimiterGraphFilter(source, flags, null);
            stream = new FlattenGraphFilter(stream);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            if (stem) {
                stream = stemmed(stream);
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
